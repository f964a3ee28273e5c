package dk.workbench.ui.main;

import dk.workbench.ui.common.Messages;

/** State of the main window's frame. */
public class MainViewModel {
  private final Messages messages;
  private final boolean demo;

  public MainViewModel(Messages messages, boolean demo) {
    this.messages = messages;
    this.demo = demo;
  }

  public String modeText() {
    return messages.get(demo ? "mode.demo" : "mode.connected");
  }
}
