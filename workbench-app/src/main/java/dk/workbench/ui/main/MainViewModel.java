package dk.workbench.ui.main;

import dk.workbench.service.connection.ConnectionMonitor;
import dk.workbench.ui.common.BackgroundTasks;
import dk.workbench.ui.common.Messages;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/** State of the main window's frame: the mode and the connection indicator. */
public class MainViewModel {
  private final Messages messages;
  private final boolean demo;
  private final ReadOnlyObjectWrapper<ConnectionMonitor.Status> connection;

  public MainViewModel(Messages messages, boolean demo, ConnectionMonitor monitor, BackgroundTasks tasks) {
    this.messages = messages;
    this.demo = demo;
    this.connection = new ReadOnlyObjectWrapper<>(monitor.status());
    monitor.addListener(tasks.onUi(connection::set));
  }

  public String modeText() {
    return messages.get(demo ? "mode.demo" : "mode.connected");
  }

  public ReadOnlyObjectProperty<ConnectionMonitor.Status> connectionProperty() {
    return connection.getReadOnlyProperty();
  }

  /** "Online", "Forbindelse delvist nede" … */
  public String connectionText(ConnectionMonitor.Status status) {
    return messages.get("connection." + status.name());
  }
}
