package dk.workbench.clients.testing;

import dk.workbench.clients.auth.SandboxTokenSource;
import dk.workbench.contracts.auth.StaffRole;
import dk.workbench.contracts.testing.OpenApiValidation;
import dk.workbench.http.ApiEndpoint;
import dk.workbench.http.HttpClients;
import dk.workbench.http.HttpSettings;
import dk.workbench.sandbox.SandboxConfig;
import dk.workbench.sandbox.SandboxServer;
import okhttp3.OkHttpClient;

/**
 * The real sandbox on a free loopback port, and endpoints for clients that talk to it with a
 * staff user's token while every exchange is validated against the OpenAPI files.
 */
public final class SandboxFixture implements AutoCloseable {
  private final SandboxServer server;
  private final OpenApiValidation contract;

  public SandboxFixture(String... openApiResources) {
    this.server = SandboxServer.start(SandboxConfig.defaults().withPort(0));
    this.contract = OpenApiValidation.of(openApiResources);
  }

  public SandboxServer server() {
    return server;
  }

  /** What the validated exchanges found; assert it is empty after the calls. */
  public OpenApiValidation contract() {
    return contract;
  }

  /** An endpoint whose calls carry a token for a demo user of the role and are validated. */
  public ApiEndpoint endpoint(StaffRole role) {
    OkHttpClient plain = HttpClients.newClient(HttpSettings.defaults());
    var tokens = new SandboxTokenSource(ApiEndpoint.of(server.baseUrl(), plain), null, role, null);
    OkHttpClient http = HttpClients.newClient(HttpSettings.defaults(), tokens).newBuilder()
        .addNetworkInterceptor(contract)
        .build();
    return ApiEndpoint.of(server.baseUrl(), http);
  }

  @Override
  public void close() {
    server.close();
  }
}
