package dk.workbench.http;

import java.util.regex.Pattern;
import okhttp3.HttpUrl;

/** Masks personal identifiers in text bound for logs and error messages. */
public final class Redaction {
  /** Ten digits, or six + dash + four, not inside a longer run of digits. */
  private static final Pattern CPR = Pattern.compile("(?<!\\d)\\d{6}-?\\d{4}(?!\\d)");

  private Redaction() {}

  /** Replaces anything shaped like a CPR number with {@code ******-****}. */
  public static String maskCpr(String text) {
    return text == null ? null : CPR.matcher(text).replaceAll("******-****");
  }

  /** Scheme, host, port and path with CPR numbers masked; no query string, no credentials. */
  public static String forLog(HttpUrl url) {
    return url.scheme() + "://" + url.host() + ":" + url.port() + maskCpr(url.encodedPath());
  }
}
