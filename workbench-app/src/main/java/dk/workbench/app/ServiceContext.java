package dk.workbench.app;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The services without any UI, for command-line tools ({@code overview}, {@code bench overview}). */
public final class ServiceContext {
  private ServiceContext() {}

  /**
   * Starts the services (in demo mode also the embedded sandbox); close it when done. Logs
   * nothing to the console, so that standard output carries the command's answer alone.
   */
  public static ConfigurableApplicationContext start(String... settings) {
    // system properties rank above application.properties and below --settings on the command line
    System.setProperty("logging.level.dk.workbench", System.getProperty("logging.level.dk.workbench", "WARN"));
    return run(WorkbenchConfiguration.class, settings);
  }

  private static ConfigurableApplicationContext run(Class<?> configuration, String[] settings) {
    System.setProperty("logging.threshold.console", System.getProperty("logging.threshold.console", "OFF"));
    return new SpringApplicationBuilder(configuration)
        .web(WebApplicationType.NONE)
        .headless(true)
        .bannerMode(Banner.Mode.OFF)
        .logStartupInfo(false)
        .run(settings);
  }

  /** The innermost cause's message of a start-up failure, for a one-line explanation. */
  public static String rootCause(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
  }

  /** Only the configuration ({@code workbench.*} bound), no services: for tools that need a setting. */
  public static ConfigurableApplicationContext properties(String... settings) {
    return run(PropertiesOnly.class, settings);
  }

  @org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
  @org.springframework.boot.context.properties.EnableConfigurationProperties(WorkbenchProperties.class)
  static class PropertiesOnly {}
}
