package dk.workbench.app;

import dk.workbench.sandbox.SandboxConfig;
import dk.workbench.sandbox.SandboxServer;
import dk.workbench.sandbox.faults.Faults;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import okhttp3.Interceptor;

/**
 * Where the back-end APIs are: the embedded sandbox in demo mode, or the configured base URL in
 * connected mode. In demo mode the sandbox's port is known at once and the sandbox itself
 * (population, APIs: about a second) starts in the background, so the window need not wait for
 * it; calls wait for it instead ({@link #awaitReady()}).
 */
public final class BackendEndpoint implements AutoCloseable {
  /** How long a call waits for the demo sandbox to start. */
  static final long READY_SECONDS = 30;

  private final URI baseUrl;
  private final CompletableFuture<SandboxServer> sandbox;

  private BackendEndpoint(URI baseUrl, CompletableFuture<SandboxServer> sandbox) {
    this.baseUrl = baseUrl;
    this.sandbox = sandbox;
  }

  static BackendEndpoint from(WorkbenchProperties properties) {
    if (properties.mode() == WorkbenchProperties.Mode.DEMO) {
      WorkbenchProperties.Sandbox settings = properties.sandbox();
      Faults faults;
      try {
        faults = Faults.parse(settings.faults());
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException("workbench.sandbox.faults is not valid: " + e.getMessage(), e);
      }
      int port = settings.port() != 0 ? settings.port() : freeLoopbackPort();
      SandboxConfig config = SandboxConfig.defaults().withPort(port).withSeed(settings.seed()).withFaults(faults);
      URI url = URI.create("http://" + config.host() + ":" + port + "/");
      return new BackendEndpoint(url, CompletableFuture.supplyAsync(() -> SandboxServer.start(config), runnable -> {
        Thread thread = new Thread(runnable, "workbench-sandbox-start");
        thread.setDaemon(true);
        thread.start();
      }));
    }
    URI url = properties.backend().baseUrl();
    if (url == null) {
      throw new IllegalStateException(
          "workbench.backend.base-url must be set when workbench.mode is connected");
    }
    return new BackendEndpoint(url, null);
  }

  private static int freeLoopbackPort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("No free loopback port for the demo sandbox", e);
    }
  }

  public URI baseUrl() {
    return baseUrl;
  }

  public boolean demo() {
    return sandbox != null;
  }

  /** Returns when the back-end can answer (at once in connected mode). */
  void awaitReady() throws IOException {
    if (sandbox == null) {
      return;
    }
    try {
      sandbox.get(READY_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while the demo sandbox starts");
    } catch (TimeoutException e) {
      throw new InterruptedIOException("the demo sandbox did not start within " + READY_SECONDS + " s");
    } catch (ExecutionException e) {
      throw new IOException("The demo sandbox could not start: " + e.getCause().getMessage(), e.getCause());
    }
  }

  /**
   * The demo sandbox's synthetic population (waits for the sandbox to start); empty in connected
   * mode, where the workbench cannot list citizens.
   */
  public java.util.Optional<dk.workbench.sandbox.population.Population> sandboxPopulation() throws IOException {
    if (sandbox == null) {
      return java.util.Optional.empty();
    }
    awaitReady();
    return java.util.Optional.of(sandbox.join().population());
  }

  /** An interceptor that holds each call until the back-end is ready (demo mode's background start). */
  Interceptor readiness() {
    return chain -> {
      awaitReady();
      return chain.proceed(chain.request());
    };
  }

  @Override
  public void close() {
    if (sandbox != null) {
      sandbox.thenAccept(SandboxServer::close);
    }
  }
}
