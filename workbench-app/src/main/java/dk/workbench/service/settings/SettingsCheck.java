package dk.workbench.service.settings;

import dk.workbench.http.ClientCertificate;
import dk.workbench.service.settings.InvalidSettingException.Problem;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The rules for the settings a user may enter; each returns the parsed value or says what is wrong. */
public final class SettingsCheck {
  /** {@code 14d}, {@code 12h}, {@code 90m}, {@code 30s}: the form Spring Boot also reads. */
  private static final Pattern DURATION = Pattern.compile("(\\d{1,9})\\s*(d|h|m|s)");

  private SettingsCheck() {}

  /**
   * A back-end base URL: absolute, {@code http} or {@code https}, with a host. A trailing
   * {@code /} is added, so that API paths resolve below it.
   */
  public static URI baseUrl(String text) throws InvalidSettingException {
    if (text == null || text.isBlank()) {
      throw new InvalidSettingException(Problem.URL_REQUIRED, "no URL");
    }
    URI url;
    try {
      url = new URI(text.strip());
    } catch (URISyntaxException e) {
      throw new InvalidSettingException(Problem.URL_NOT_HTTP, "not a URL");
    }
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if (!url.isAbsolute() || !(scheme.equals("http") || scheme.equals("https")) || url.getHost() == null
        || url.getQuery() != null || url.getFragment() != null) {
      throw new InvalidSettingException(Problem.URL_NOT_HTTP, "not an absolute http(s) URL");
    }
    return url.getPath() == null || url.getPath().endsWith("/") ? url : URI.create(url + "/");
  }

  /** A positive retention such as {@code 14d}, {@code 12h}, {@code 90m} or {@code 30s}. */
  public static Duration retention(String text) throws InvalidSettingException {
    Matcher m = DURATION.matcher(text == null ? "" : text.strip().toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      throw new InvalidSettingException(Problem.RETENTION_FORMAT, "not a duration like 14d");
    }
    long n = Long.parseLong(m.group(1));
    if (n <= 0) {
      throw new InvalidSettingException(Problem.RETENTION_NOT_POSITIVE, "not positive");
    }
    return switch (m.group(2)) {
      case "d" -> Duration.ofDays(n);
      case "h" -> Duration.ofHours(n);
      case "m" -> Duration.ofMinutes(n);
      default -> Duration.ofSeconds(n);
    };
  }

  /** A retention as written in the settings file: {@code 14d} when whole days, else hours, minutes or seconds. */
  public static String retentionText(Duration retention) {
    long seconds = retention.toSeconds();
    if (seconds % 86_400 == 0) {
      return seconds / 86_400 + "d";
    }
    if (seconds % 3_600 == 0) {
      return seconds / 3_600 + "h";
    }
    if (seconds % 60 == 0) {
      return seconds / 60 + "m";
    }
    return seconds + "s";
  }

  /** The PKCS#12 file opened with the password (which is not kept here). */
  public static ClientCertificate certificate(Path file, String password) throws InvalidSettingException {
    try {
      return ClientCertificate.load(file, password == null ? new char[0] : password.toCharArray());
    } catch (ClientCertificate.InvalidCertificateException e) {
      Problem problem = switch (e.problem()) {
        case NOT_FOUND -> Problem.CERTIFICATE_NOT_FOUND;
        case WRONG_PASSWORD -> Problem.CERTIFICATE_WRONG_PASSWORD;
        case NO_PRIVATE_KEY -> Problem.CERTIFICATE_NO_KEY;
        case UNREADABLE -> Problem.CERTIFICATE_UNREADABLE;
      };
      throw new InvalidSettingException(problem, e.getMessage());
    }
  }
}
