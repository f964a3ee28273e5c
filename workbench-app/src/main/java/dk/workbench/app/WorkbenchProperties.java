package dk.workbench.app;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Deploy-time configuration, bound from {@code workbench.*} (application.properties next to
 * the jar, environment variables such as {@code WORKBENCH_MODE}, or {@code --workbench.mode=…}).
 *
 * @param mode {@code demo} (default: embedded sandbox with synthetic people) or {@code connected}
 * @param language UI language, {@code da} (default) or {@code en}
 */
@ConfigurationProperties("workbench")
public record WorkbenchProperties(
    @DefaultValue("demo") Mode mode,
    @DefaultValue("da") String language,
    @DefaultValue Backend backend,
    @DefaultValue Sandbox sandbox,
    @DefaultValue Http http) {

  public enum Mode {
    DEMO,
    CONNECTED
  }

  /** @param baseUrl root of the back-end APIs; required in connected mode */
  public record Backend(URI baseUrl) {}

  /** @param port 0 = a free loopback port; @param seed the synthetic population's seed */
  public record Sandbox(@DefaultValue("0") int port, @DefaultValue("2026") long seed) {}

  public record Http(
      @DefaultValue("3s") Duration connectTimeout,
      @DefaultValue("10s") Duration readTimeout,
      @DefaultValue("15s") Duration callTimeout) {}
}
