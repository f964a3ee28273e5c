package dk.workbench.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mutual TLS against a real loopback HTTPS server that requires a client certificate. */
class ClientCertificateTest {
  private static final char[] PASSWORD = "hemmeligt-1".toCharArray();

  @StartStop
  private final MockWebServer server = new MockWebServer();

  @TempDir
  Path dir;

  private final HeldCertificate serverRoot = new HeldCertificate.Builder().certificateAuthority(0).commonName("test server CA").build();
  private final HeldCertificate clientRoot = new HeldCertificate.Builder().certificateAuthority(0).commonName("test staff CA").build();
  private final HeldCertificate serverCertificate = new HeldCertificate.Builder().signedBy(serverRoot)
      .addSubjectAlternativeName("localhost").addSubjectAlternativeName("127.0.0.1").build();
  private final HeldCertificate staffCertificate = new HeldCertificate.Builder().signedBy(clientRoot)
      .commonName("demo-caseworker").build();
  private final HandshakeCertificates trustServer = new HandshakeCertificates.Builder()
      .addTrustedCertificate(serverRoot.certificate()).build();

  @BeforeEach
  void serveHttpsRequiringClientCertificates() {
    HandshakeCertificates serverSide = new HandshakeCertificates.Builder()
        .heldCertificate(serverCertificate, serverRoot.certificate())
        .addTrustedCertificate(clientRoot.certificate())
        .build();
    server.useHttps(serverSide.sslSocketFactory());
    server.requireClientAuth();
  }

  @Test
  void presentsTheCertificateFromThePkcs12File() throws Exception {
    server.enqueue(new MockResponse.Builder().code(200).body("{\"status\":\"UP\"}").build());
    Path p12 = pkcs12(staffCertificate, PASSWORD);

    ClientCertificate certificate = ClientCertificate.load(p12, PASSWORD, trustServer.trustManager());
    OkHttpClient client = certificate.applyTo(HttpClients.newClient(HttpSettings.defaults()).newBuilder()).build();
    try (Response response = client.newCall(new Request.Builder().url(server.url("/health")).build()).execute()) {
      assertThat(response.code()).isEqualTo(200);
    }

    RecordedRequest request = server.takeRequest();
    X509Certificate presented = (X509Certificate) request.getHandshake().peerCertificates().get(0);
    assertThat(presented.getSubjectX500Principal().getName()).contains("CN=demo-caseworker");
  }

  @Test
  void withoutACertificateTheServerRefusesTheHandshake() {
    OkHttpClient client = HttpClients.newClient(HttpSettings.defaults().withRetry(RetryPolicy.none())).newBuilder()
        .sslSocketFactory(trustServer.sslSocketFactory(), trustServer.trustManager()).build();

    assertThatThrownBy(() -> client.newCall(new Request.Builder().url(server.url("/health")).build()).execute().close())
        .isInstanceOf(IOException.class);
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void aWrongPasswordIsSaidAsSuch() throws Exception {
    Path p12 = pkcs12(staffCertificate, PASSWORD);

    assertThatThrownBy(() -> ClientCertificate.load(p12, "forkert".toCharArray()))
        .isInstanceOfSatisfying(ClientCertificate.InvalidCertificateException.class,
            e -> assertThat(e.problem()).isEqualTo(ClientCertificate.Problem.WRONG_PASSWORD))
        .hasMessageNotContaining("forkert");
  }

  @Test
  void aMissingFileIsSaidAsSuch() {
    assertThatThrownBy(() -> ClientCertificate.load(dir.resolve("none.p12"), PASSWORD))
        .isInstanceOfSatisfying(ClientCertificate.InvalidCertificateException.class,
            e -> assertThat(e.problem()).isEqualTo(ClientCertificate.Problem.NOT_FOUND));
  }

  @Test
  void aFileThatIsNoKeyStoreIsUnreadable() throws Exception {
    Path pem = Files.writeString(dir.resolve("cert.pem"), staffCertificate.certificatePem());

    assertThatThrownBy(() -> ClientCertificate.load(pem, PASSWORD))
        .isInstanceOfSatisfying(ClientCertificate.InvalidCertificateException.class,
            e -> assertThat(e.problem()).isEqualTo(ClientCertificate.Problem.UNREADABLE));
  }

  @Test
  void aKeyStoreWithoutAPrivateKeyIsRefused() throws Exception {
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(null, null);
    store.setCertificateEntry("ca", clientRoot.certificate());
    Path p12 = dir.resolve("only-ca.p12");
    try (OutputStream out = Files.newOutputStream(p12)) {
      store.store(out, PASSWORD);
    }

    assertThatThrownBy(() -> ClientCertificate.load(p12, PASSWORD))
        .isInstanceOfSatisfying(ClientCertificate.InvalidCertificateException.class,
            e -> assertThat(e.problem()).isEqualTo(ClientCertificate.Problem.NO_PRIVATE_KEY));
  }

  private Path pkcs12(HeldCertificate held, char[] password) throws Exception {
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(null, null);
    store.setKeyEntry("staff", held.keyPair().getPrivate(), password,
        new Certificate[] {held.certificate(), clientRoot.certificate()});
    Path file = dir.resolve("staff.p12");
    try (OutputStream out = Files.newOutputStream(file)) {
      store.store(out, password);
    }
    return file;
  }
}
