package dk.workbench.sandbox;

import dk.workbench.sandbox.population.Population;
import java.util.Objects;

/**
 * How to run the sandbox: where to listen and which population to serve.
 *
 * <pre>{@code
 * SandboxConfig config = SandboxConfig.defaults().withPort(18080).withSeed(7);
 * }</pre>
 *
 * @param host a loopback address or name to bind, default {@value #DEFAULT_HOST}
 * @param port the TCP port, 0 (the default) for any free port
 * @param seed the population's seed, default {@link Population#DEFAULT_SEED}; the same seed gives the same people
 */
public record SandboxConfig(String host, int port, long seed) {
  public static final String DEFAULT_HOST = "127.0.0.1";

  public SandboxConfig {
    Objects.requireNonNull(host, "host == null");
    if (host.isBlank()) {
      throw new IllegalArgumentException("host is blank");
    }
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port must be between 0 and 65535, not " + port);
    }
  }

  /** 127.0.0.1, any free port, seed 2026. */
  public static SandboxConfig defaults() {
    return new SandboxConfig(DEFAULT_HOST, 0, Population.DEFAULT_SEED);
  }

  public SandboxConfig withHost(String host) {
    return new SandboxConfig(host, port, seed);
  }

  public SandboxConfig withPort(int port) {
    return new SandboxConfig(host, port, seed);
  }

  public SandboxConfig withSeed(long seed) {
    return new SandboxConfig(host, port, seed);
  }
}
