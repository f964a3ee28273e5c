package dk.workbench.sandbox;

import dk.workbench.sandbox.faults.Faults;
import dk.workbench.sandbox.population.Population;
import java.util.Objects;

/**
 * How to run the sandbox: where to listen, which population to serve and which faults to
 * inject.
 *
 * <pre>{@code
 * SandboxConfig config = SandboxConfig.defaults().withPort(18080).withSeed(7)
 *     .withFaults(Faults.parse("cpr:latency=200ms,jitter=50ms,error=0.1;*:error=0.01"));
 * }</pre>
 *
 * @param host a loopback address or name to bind, default {@value #DEFAULT_HOST}
 * @param port the TCP port, 0 (the default) for any free port
 * @param seed the population's seed, default {@link Population#DEFAULT_SEED}; the same seed gives the same people
 * @param faults the faults injected from the start (changeable at run time through
 *     {@code /sandbox/v1/faults}), default none
 */
public record SandboxConfig(String host, int port, long seed, Faults faults) {
  public static final String DEFAULT_HOST = "127.0.0.1";

  public SandboxConfig {
    Objects.requireNonNull(host, "host == null");
    Objects.requireNonNull(faults, "faults == null");
    if (host.isBlank()) {
      throw new IllegalArgumentException("host is blank");
    }
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port must be between 0 and 65535, not " + port);
    }
  }

  /** Without faults. */
  public SandboxConfig(String host, int port, long seed) {
    this(host, port, seed, Faults.none());
  }

  /** 127.0.0.1, any free port, seed 2026, no faults. */
  public static SandboxConfig defaults() {
    return new SandboxConfig(DEFAULT_HOST, 0, Population.DEFAULT_SEED);
  }

  public SandboxConfig withHost(String host) {
    return new SandboxConfig(host, port, seed, faults);
  }

  public SandboxConfig withPort(int port) {
    return new SandboxConfig(host, port, seed, faults);
  }

  public SandboxConfig withSeed(long seed) {
    return new SandboxConfig(host, port, seed, faults);
  }

  /** These faults from the start; see {@link Faults#parse(String)} for the text form. */
  public SandboxConfig withFaults(Faults faults) {
    return new SandboxConfig(host, port, seed, faults);
  }
}
