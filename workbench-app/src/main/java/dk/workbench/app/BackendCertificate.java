package dk.workbench.app;

import dk.workbench.http.ClientCertificate;
import dk.workbench.service.settings.InvalidSettingException;
import dk.workbench.service.settings.SettingsCheck;
import java.nio.file.Path;
import java.util.Optional;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The configured client certificate for mutual TLS ({@code workbench.backend.client-certificate}),
 * opened once at start. A certificate that cannot be opened does not stop the start: the
 * workbench runs without it, logs why and tells the user (so that the settings dialog can fix it).
 */
public final class BackendCertificate {
  private static final Logger log = LoggerFactory.getLogger(BackendCertificate.class);

  private final ClientCertificate certificate;
  private final InvalidSettingException problem;

  private BackendCertificate(ClientCertificate certificate, InvalidSettingException problem) {
    this.certificate = certificate;
    this.problem = problem;
  }

  static BackendCertificate from(WorkbenchProperties properties) {
    Path file = properties.backend().clientCertificate();
    if (file == null || file.toString().isBlank()) {
      return new BackendCertificate(null, null);
    }
    try {
      return new BackendCertificate(SettingsCheck.certificate(file, properties.backend().clientCertificatePassword()), null);
    } catch (InvalidSettingException e) {
      log.warn("The client certificate cannot be used ({}: {}); calls go without it", e.problem(), e.getMessage());
      return new BackendCertificate(null, e);
    }
  }

  /** Makes the client present the certificate, if there is one; returns the builder. */
  OkHttpClient.Builder applyTo(OkHttpClient.Builder builder) {
    return certificate == null ? builder : certificate.applyTo(builder);
  }

  /** Why the configured certificate is not used, if it is not. */
  public Optional<InvalidSettingException> problem() {
    return Optional.ofNullable(problem);
  }
}
