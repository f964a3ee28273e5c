package dk.workbench.app;

import dk.workbench.sandbox.SandboxConfig;
import dk.workbench.sandbox.SandboxServer;
import dk.workbench.sandbox.faults.Faults;
import java.net.URI;

/**
 * Where the back-end APIs are: the embedded sandbox in demo mode (started here, stopped on
 * close), or the configured base URL in connected mode.
 */
public final class BackendEndpoint implements AutoCloseable {
  private final URI baseUrl;
  private final SandboxServer sandbox;

  private BackendEndpoint(URI baseUrl, SandboxServer sandbox) {
    this.baseUrl = baseUrl;
    this.sandbox = sandbox;
  }

  static BackendEndpoint from(WorkbenchProperties properties) {
    if (properties.mode() == WorkbenchProperties.Mode.DEMO) {
      WorkbenchProperties.Sandbox sandbox = properties.sandbox();
      Faults faults;
      try {
        faults = Faults.parse(sandbox.faults());
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException("workbench.sandbox.faults is not valid: " + e.getMessage(), e);
      }
      SandboxServer server = SandboxServer.start(
          SandboxConfig.defaults().withPort(sandbox.port()).withSeed(sandbox.seed()).withFaults(faults));
      return new BackendEndpoint(server.baseUrl(), server);
    }
    URI url = properties.backend().baseUrl();
    if (url == null) {
      throw new IllegalStateException(
          "workbench.backend.base-url must be set when workbench.mode is connected");
    }
    return new BackendEndpoint(url, null);
  }

  public URI baseUrl() {
    return baseUrl;
  }

  public boolean demo() {
    return sandbox != null;
  }

  @Override
  public void close() {
    if (sandbox != null) {
      sandbox.close();
    }
  }
}
