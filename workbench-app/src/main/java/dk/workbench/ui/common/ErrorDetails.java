package dk.workbench.ui.common;

import dk.workbench.http.Redaction;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The "copy details" text of an unexpected error: what support needs (version, Java, OS,
 * thread, exception types and stack frames) and no personal data. Exception messages are kept
 * but masked: CPR numbers, quoted text (where code puts names and other values), e-mail
 * addresses and phone-like digit runs are replaced; the user's home folder becomes {@code ~}.
 * A name written into a message without quotes is not recognised (see docs/error-reporting.md).
 */
public final class ErrorDetails {
  /** Stack frames per exception in the chain; the rest is counted. */
  static final int MAX_FRAMES = 25;

  private static final Pattern QUOTED = Pattern.compile("'[^']*'|\"[^\"]*\"|«[^»]*»|“[^”]*”");
  private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");
  /** Eight or more digits, possibly in groups ({@code +45 20 30 40 50}), e.g. phone numbers. */
  private static final Pattern PHONE = Pattern.compile("\\+?\\d(?:[ -]?\\d){7,}");

  private ErrorDetails() {}

  /**
   * The details of {@code error} thrown on {@code threadName}.
   *
   * @param appVersion the workbench's version, as the build wrote it
   * @param logFile where the log is written, or null when there is no log file
   */
  public static String describe(Throwable error, String threadName, String appVersion, Path logFile, Instant at) {
    StringBuilder text = new StringBuilder();
    text.append("Citizen Workbench ").append(appVersion).append('\n');
    text.append("Time: ").append(at.truncatedTo(ChronoUnit.SECONDS)).append('\n');
    text.append("Java: ").append(System.getProperty("java.version")).append(" (").append(System.getProperty("java.vendor")).append(")\n");
    text.append("OS: ").append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.version"))
        .append(' ').append(System.getProperty("os.arch")).append('\n');
    text.append("Thread: ").append(mask(threadName)).append('\n');
    text.append("Log: ").append(logFile == null ? "-" : mask(logFile.toString())).append('\n');
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    String prefix = "";
    for (Throwable t = error; t != null && seen.add(t); t = t.getCause()) {
      appendThrowable(text, prefix, t);
      for (Throwable suppressed : t.getSuppressed()) {
        if (seen.add(suppressed)) {
          appendThrowable(text, "Suppressed: ", suppressed);
        }
      }
      prefix = "Caused by: ";
    }
    return text.toString();
  }

  private static void appendThrowable(StringBuilder text, String prefix, Throwable t) {
    text.append(prefix).append(t.getClass().getName());
    String message = t.getMessage();
    if (message != null && !message.isBlank()) {
      text.append(": ").append(maskMessage(message));
    }
    text.append('\n');
    StackTraceElement[] frames = t.getStackTrace();
    int shown = Math.min(frames.length, MAX_FRAMES);
    for (int i = 0; i < shown; i++) {
      StackTraceElement f = frames[i];
      text.append("\tat ").append(f.getClassName()).append('.').append(f.getMethodName())
          .append('(').append(f.getFileName() == null ? "?" : f.getFileName());
      if (f.getLineNumber() >= 0) {
        text.append(':').append(f.getLineNumber());
      }
      text.append(")\n");
    }
    if (frames.length > shown) {
      text.append("\t… ").append(frames.length - shown).append(" more\n");
    }
  }

  /** An exception message with CPR numbers, quoted text, e-mail addresses and phone numbers masked. */
  public static String maskMessage(String message) {
    String masked = Redaction.maskCpr(message);
    masked = QUOTED.matcher(masked).replaceAll("'…'");
    masked = EMAIL.matcher(masked).replaceAll("…@…");
    masked = PHONE.matcher(masked).replaceAll("########");
    return mask(masked).replace('\n', ' ').replace('\r', ' ');
  }

  /** The user's home folder as {@code ~} (it holds the staff user's name). */
  private static String mask(String text) {
    String home = System.getProperty("user.home");
    return home == null || home.length() < 2 ? text : text.replace(home, "~");
  }
}
