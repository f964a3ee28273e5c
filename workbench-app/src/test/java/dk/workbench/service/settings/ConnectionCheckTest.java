package dk.workbench.service.settings;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import dk.workbench.http.ClientCertificate;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.time.Duration;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Test forbindelse" against a real loopback HTTPS server (the JDK's) that requires a client certificate. */
class ConnectionCheckTest {
  private static final char[] PASSWORD = "kodeord".toCharArray();

  @TempDir
  Path dir;

  private final HeldCertificate serverRoot = new HeldCertificate.Builder().certificateAuthority(0).build();
  private final HeldCertificate staffRoot = new HeldCertificate.Builder().certificateAuthority(0).build();
  private final HeldCertificate strangerRoot = new HeldCertificate.Builder().certificateAuthority(0).build();
  private final ConnectionCheck check = new ConnectionCheck("sandbox/v1/health", Duration.ofSeconds(5));
  private final HandshakeCertificates trustServer = new HandshakeCertificates.Builder()
      .addTrustedCertificate(serverRoot.certificate()).build();
  private HttpsServer server;
  private URI url;

  @BeforeEach
  void startHttpsServerRequiringClientCertificates() throws Exception {
    HeldCertificate serverCertificate = new HeldCertificate.Builder().signedBy(serverRoot)
        .addSubjectAlternativeName("127.0.0.1").addSubjectAlternativeName("localhost").build();
    HandshakeCertificates serverSide = new HandshakeCertificates.Builder()
        .heldCertificate(serverCertificate, serverRoot.certificate())
        .addTrustedCertificate(staffRoot.certificate())
        .build();
    server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setHttpsConfigurator(new HttpsConfigurator(serverSide.sslContext()) {
      @Override
      public void configure(HttpsParameters params) {
        javax.net.ssl.SSLParameters ssl = getSSLContext().getDefaultSSLParameters();
        ssl.setNeedClientAuth(true);
        params.setSSLParameters(ssl);
      }
    });
    server.createContext("/sandbox/v1/health", exchange -> {
      byte[] body = "{\"status\":\"UP\"}".getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    server.start();
    url = URI.create("https://127.0.0.1:" + server.getAddress().getPort() + "/");
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void withTheStaffCertificateTheHealthCallSucceeds() throws Exception {
    ClientCertificate certificate = ClientCertificate.load(pkcs12(staffRoot), PASSWORD, trustServer.trustManager());

    ConnectionCheck.Outcome outcome = check.check(url, certificate);

    assertThat(outcome.kind()).isEqualTo(ConnectionCheck.Kind.OK);
    assertThat(outcome.status()).isEqualTo(200);
  }

  @Test
  void aCertificateFromAnUntrustedAuthorityFailsTheHandshake() throws Exception {
    ClientCertificate certificate = ClientCertificate.load(pkcs12(strangerRoot), PASSWORD, trustServer.trustManager());

    ConnectionCheck.Outcome outcome = check.check(url, certificate);

    assertThat(outcome.ok()).as(outcome.toString()).isFalse();
    assertThat(outcome.kind()).isIn(ConnectionCheck.Kind.TLS, ConnectionCheck.Kind.FAILED);
    assertThat(outcome.detail()).isNotBlank();
  }

  @Test
  void anUntrustedServerIsATlsFailure() {
    ConnectionCheck.Outcome outcome = check.check(url, null); // the JVM's authorities do not know the test CA

    assertThat(outcome.kind()).isEqualTo(ConnectionCheck.Kind.TLS);
  }

  @Test
  void aClosedPortIsRefused() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }

    assertThat(check.check(URI.create("http://127.0.0.1:" + port + "/"), null).kind()).isEqualTo(ConnectionCheck.Kind.REFUSED);
  }

  @Test
  void anotherStatusIsReportedWithItsCode() throws Exception {
    ClientCertificate certificate = ClientCertificate.load(pkcs12(staffRoot), PASSWORD, trustServer.trustManager());

    ConnectionCheck.Outcome outcome = check.check(url.resolve("wrong/prefix/"), certificate);

    assertThat(outcome.kind()).isEqualTo(ConnectionCheck.Kind.HTTP_STATUS);
    assertThat(outcome.status()).isEqualTo(404);
  }

  private Path pkcs12(HeldCertificate root) throws Exception {
    HeldCertificate staff = new HeldCertificate.Builder().signedBy(root).commonName("demo-caseworker").build();
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(null, null);
    store.setKeyEntry("staff", staff.keyPair().getPrivate(), PASSWORD, new Certificate[] {staff.certificate(), root.certificate()});
    Path file = Files.createTempFile(dir, "staff", ".p12");
    try (OutputStream out = Files.newOutputStream(file)) {
      store.store(out, PASSWORD);
    }
    return file;
  }
}
