package dk.workbench.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.util.Callback;

/**
 * Loads a view's FXML ({@code XxxView.fxml} next to {@code XxxView.java}) with controllers
 * (and nested ones) created by the application context, and the UI texts as its bundle.
 */
public final class ViewLoader {
  private final Callback<Class<?>, Object> controllerFactory;
  private final Messages messages;

  public ViewLoader(Callback<Class<?>, Object> controllerFactory, Messages messages) {
    this.controllerFactory = controllerFactory;
    this.messages = messages;
  }

  /**
   * Loads {@code XxxView.fxml} with an already made controller (for views made per citizen or
   * window, whose view model carries that citizen); the FXML must not name a controller.
   */
  public Parent load(Class<?> viewClass, Object controller) {
    URL fxml = viewClass.getResource(viewClass.getSimpleName() + ".fxml");
    if (fxml == null) {
      throw new IllegalStateException("No FXML for " + viewClass.getName());
    }
    FXMLLoader loader = new FXMLLoader(fxml, messages.bundle());
    loader.setController(controller);
    try {
      return loader.load();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not load " + fxml, e);
    }
  }

  public Parent load(Class<?> viewClass) {
    URL fxml = viewClass.getResource(viewClass.getSimpleName() + ".fxml");
    if (fxml == null) {
      throw new IllegalStateException("No FXML for " + viewClass.getName());
    }
    FXMLLoader loader = new FXMLLoader(fxml, messages.bundle());
    loader.setControllerFactory(controllerFactory);
    try {
      return loader.load();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not load " + fxml, e);
    }
  }
}
