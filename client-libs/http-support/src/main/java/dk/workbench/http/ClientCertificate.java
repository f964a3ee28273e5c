package dk.workbench.http;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.UnrecoverableKeyException;
import java.util.Arrays;
import java.util.Collections;
import java.util.Objects;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import okhttp3.OkHttpClient;

/**
 * A client certificate for mutual TLS: the private key and certificate chain of a PKCS#12 file
 * ({@code .p12}/{@code .pfx}), which the HTTP client presents when a server asks for one.
 * The server's certificate is checked against the JVM's trusted authorities (its
 * {@code cacerts}, or {@code -Djavax.net.ssl.trustStore=…}) unless a trust manager is given.
 *
 * <pre>{@code
 * ClientCertificate cert = ClientCertificate.load(Path.of("medarbejder.p12"), password);
 * OkHttpClient client = cert.applyTo(HttpClients.newClient(settings).newBuilder()).build();
 * }</pre>
 */
public final class ClientCertificate {
  /** Why a certificate file cannot be used. */
  public enum Problem {
    /** there is no such file */
    NOT_FOUND,
    /** the file opens, but not with this password */
    WRONG_PASSWORD,
    /** the file is no PKCS#12 key store, or cannot be read */
    UNREADABLE,
    /** the key store holds no private key to present */
    NO_PRIVATE_KEY
  }

  /** A certificate file that cannot be used, with the {@link Problem}; the message names the file, never the password. */
  public static final class InvalidCertificateException extends Exception {
    private final Problem problem;

    InvalidCertificateException(Problem problem, String message, Throwable cause) {
      super(message, cause);
      this.problem = problem;
    }

    public Problem problem() {
      return problem;
    }
  }

  private final Path file;
  private final SSLContext context;
  private final X509TrustManager trustManager;

  private ClientCertificate(Path file, SSLContext context, X509TrustManager trustManager) {
    this.file = file;
    this.context = context;
    this.trustManager = trustManager;
  }

  /** Loads {@code file} with {@code password}; the server is checked against the JVM's trusted authorities. */
  public static ClientCertificate load(Path file, char[] password) throws InvalidCertificateException {
    return load(file, password, systemTrust());
  }

  /**
   * Loads {@code file} with {@code password}; the server is checked by {@code trust} (tests, or a
   * deployment with its own authority).
   */
  public static ClientCertificate load(Path file, char[] password, X509TrustManager trust)
      throws InvalidCertificateException {
    Objects.requireNonNull(file, "file == null");
    Objects.requireNonNull(trust, "trust == null");
    char[] secret = password == null ? new char[0] : password;
    KeyStore store = open(file, secret);
    try {
      boolean hasKey = false;
      for (String alias : Collections.list(store.aliases())) {
        hasKey |= store.isKeyEntry(alias);
      }
      if (!hasKey) {
        throw new InvalidCertificateException(Problem.NO_PRIVATE_KEY, file + " holds no private key", null);
      }
      KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      keys.init(store, secret);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(keys.getKeyManagers(), new TrustManager[] {trust}, null);
      return new ClientCertificate(file, context, trust);
    } catch (UnrecoverableKeyException e) {
      throw new InvalidCertificateException(Problem.WRONG_PASSWORD, "the password does not open the key in " + file, e);
    } catch (GeneralSecurityException e) {
      throw new InvalidCertificateException(Problem.UNREADABLE, file + " cannot be used: " + e.getMessage(), e);
    }
  }

  private static KeyStore open(Path file, char[] password) throws InvalidCertificateException {
    try (InputStream in = Files.newInputStream(file)) {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(in, password);
      return store;
    } catch (NoSuchFileException e) {
      throw new InvalidCertificateException(Problem.NOT_FOUND, "no such file: " + file, e);
    } catch (IOException e) {
      if (e.getCause() instanceof UnrecoverableKeyException) { // how PKCS#12 says "wrong password"
        throw new InvalidCertificateException(Problem.WRONG_PASSWORD, "the password does not open " + file, e);
      }
      if (Files.isDirectory(file) || !Files.exists(file)) {
        throw new InvalidCertificateException(Problem.NOT_FOUND, "no such file: " + file, e);
      }
      throw new InvalidCertificateException(Problem.UNREADABLE, file + " is not a PKCS#12 file", e);
    } catch (GeneralSecurityException e) {
      throw new InvalidCertificateException(Problem.UNREADABLE, file + " cannot be read: " + e.getMessage(), e);
    }
  }

  /** The JVM's default trust manager (its trusted certificate authorities). */
  public static X509TrustManager systemTrust() {
    try {
      TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      factory.init((KeyStore) null);
      return Arrays.stream(factory.getTrustManagers()).filter(X509TrustManager.class::isInstance)
          .map(X509TrustManager.class::cast).findFirst()
          .orElseThrow(() -> new IllegalStateException("the JVM has no X.509 trust manager"));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JVM's trusted authorities cannot be read", e);
    }
  }

  /** Makes {@code builder}'s client present this certificate on TLS connections; returns the builder. */
  public OkHttpClient.Builder applyTo(OkHttpClient.Builder builder) {
    return builder.sslSocketFactory(context.getSocketFactory(), trustManager);
  }

  /** The PKCS#12 file. */
  public Path file() {
    return file;
  }

  @Override
  public String toString() {
    return "ClientCertificate[" + file + "]";
  }
}
