package dk.workbench.service.settings;

import dk.workbench.clients.health.HealthClient;
import dk.workbench.http.ApiEndpoint;
import dk.workbench.http.ClientCertificate;
import dk.workbench.http.HttpClients;
import dk.workbench.http.HttpSettings;
import dk.workbench.http.RetryPolicy;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Objects;
import javax.net.ssl.SSLException;
import okhttp3.OkHttpClient;

/**
 * "Test forbindelse": one call to the health resource of an entered base URL, with the entered
 * client certificate, and a plain account of what happened. Blocking (a few seconds at most),
 * no retries, never throws.
 */
public final class ConnectionCheck {
  /** What the health call came to. */
  public enum Kind {
    /** answered 2xx */
    OK,
    /** answered, but not 2xx */
    HTTP_STATUS,
    /** nothing listens at the address */
    REFUSED,
    /** the host name is unknown */
    UNKNOWN_HOST,
    /** no answer in time */
    TIMEOUT,
    /** the TLS handshake failed (server certificate not trusted, client certificate refused, …) */
    TLS,
    /** another failure; see the detail */
    FAILED
  }

  /**
   * @param kind what happened
   * @param status the HTTP status when there was an answer, else 0
   * @param millis how long it took
   * @param detail the technical reason for a failure (no personal data), else empty
   */
  public record Outcome(Kind kind, int status, long millis, String detail) {
    public boolean ok() {
      return kind == Kind.OK;
    }
  }

  private final String healthPath;
  private final HttpSettings settings;

  /**
   * @param healthPath the health resource below the base URL (e.g. {@code sandbox/v1/health})
   * @param timeout the deadline for the whole test
   */
  public ConnectionCheck(String healthPath, Duration timeout) {
    this.healthPath = Objects.requireNonNull(healthPath, "healthPath == null");
    this.settings = new HttpSettings(timeout, timeout, timeout, "CitizenWorkbench/connection-test", RetryPolicy.none());
  }

  /** Asks {@code baseUrl}'s health resource once, presenting {@code certificate} when not null. */
  public Outcome check(URI baseUrl, ClientCertificate certificate) {
    OkHttpClient.Builder builder = HttpClients.newClient(settings).newBuilder();
    if (certificate != null) {
      certificate.applyTo(builder);
    }
    OkHttpClient client = builder.build();
    long start = System.nanoTime();
    try {
      int status = new HealthClient(ApiEndpoint.of(baseUrl, client), healthPath).status();
      return new Outcome(status >= 200 && status < 300 ? Kind.OK : Kind.HTTP_STATUS, status, elapsed(start), "");
    } catch (ConnectException e) {
      return failed(Kind.REFUSED, start, e);
    } catch (UnknownHostException e) {
      return failed(Kind.UNKNOWN_HOST, start, e);
    } catch (SSLException e) {
      return failed(Kind.TLS, start, e);
    } catch (InterruptedIOException e) {
      return failed(Kind.TIMEOUT, start, e);
    } catch (IOException | RuntimeException e) {
      return failed(e.getCause() instanceof SSLException ? Kind.TLS : Kind.FAILED, start, e);
    } finally {
      client.dispatcher().executorService().shutdown();
      client.connectionPool().evictAll();
    }
  }

  private static Outcome failed(Kind kind, long start, Exception e) {
    String detail = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    return new Outcome(kind, 0, elapsed(start), detail);
  }

  private static long elapsed(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }
}
