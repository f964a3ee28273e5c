package dk.workbench.sandbox.faults;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The text form of {@link Faults}: parsing with messages that say what is wrong, and writing. */
final class FaultText {
  private FaultText() {}

  static final List<String> KEYS = List.of(
      "latency", "jitter", "error", "status", "retryAfter", "hang", "hangFor", "malformed", "truncated");

  private static final Pattern DURATION = Pattern.compile("(\\d{1,9})(ms|s|m)");
  private static final Pattern RATE = Pattern.compile("(\\d{0,3}(?:\\.\\d{1,6})?)(%?)");
  private static final Set<String> NONE = Set.of("", "none", "off");

  static Faults parse(String text) {
    if (text == null || NONE.contains(text.strip().toLowerCase(java.util.Locale.ROOT))) {
      return Faults.none();
    }
    Long seed = null;
    Map<String, ApiFault> byApi = new LinkedHashMap<>();
    for (String rawEntry : text.split(";", -1)) {
      String entry = rawEntry.strip();
      if (entry.isEmpty()) {
        continue;
      }
      if (entry.startsWith("seed=")) {
        if (seed != null) {
          throw fail(entry, "the seed is given twice");
        }
        try {
          seed = Long.parseLong(entry.substring(5).strip());
        } catch (NumberFormatException e) {
          throw fail(entry, "the seed must be a whole number, e.g. seed=42");
        }
        continue;
      }
      int colon = entry.indexOf(':');
      if (colon < 0) {
        throw fail(entry, "expected <api>:<key>=<value>,… (e.g. cpr:latency=200ms,error=0.1) or seed=<number>");
      }
      String api = entry.substring(0, colon).strip();
      try {
        Faults.checkApi(api);
      } catch (IllegalArgumentException e) {
        throw fail(entry, e.getMessage());
      }
      if (byApi.containsKey(api)) {
        throw fail(entry, "API '" + api + "' is set twice");
      }
      byApi.put(api, parseSettings(entry, entry.substring(colon + 1)));
    }
    return new Faults(seed, byApi);
  }

  private static ApiFault parseSettings(String entry, String settings) {
    ApiFault f = ApiFault.NONE;
    if (settings.strip().equals("none")) {
      return f;
    }
    Set<String> seen = new java.util.HashSet<>();
    for (String rawPair : settings.split(",", -1)) {
      String pair = rawPair.strip();
      int eq = pair.indexOf('=');
      if (eq <= 0) {
        throw fail(entry, "expected <key>=<value>, not '" + pair + "'; keys: " + String.join(", ", KEYS));
      }
      String key = pair.substring(0, eq).strip();
      String value = pair.substring(eq + 1).strip();
      if (!KEYS.contains(key)) {
        throw fail(entry, "unknown key '" + key + "'; keys: " + String.join(", ", KEYS));
      }
      if (!seen.add(key)) {
        throw fail(entry, "'" + key + "' is set twice");
      }
      try {
        f = switch (key) {
          case "latency" -> f.withLatency(duration(key, value));
          case "jitter" -> f.withJitter(duration(key, value));
          case "error" -> f.withErrors(rate(key, value), f.errorStatus());
          case "status" -> f.withErrors(f.errorRate(), status(value));
          case "retryAfter" -> f.withRetryAfter(duration(key, value));
          case "hang" -> f.withHangs(rate(key, value), f.hangFor());
          case "hangFor" -> f.withHangs(f.hangRate(), duration(key, value));
          case "malformed" -> f.withMalformed(rate(key, value));
          case "truncated" -> f.withTruncated(rate(key, value));
          default -> throw new IllegalStateException(key);
        };
      } catch (IllegalArgumentException e) {
        throw fail(entry, e.getMessage());
      }
    }
    return f;
  }

  static String format(Faults faults) {
    StringBuilder b = new StringBuilder();
    if (faults.seed() != null) {
      b.append("seed=").append(faults.seed());
    }
    faults.byApi().forEach((api, fault) -> {
      if (b.length() > 0) {
        b.append(';');
      }
      b.append(api).append(':').append(fault.isNone() ? "none" : String.join(",", describe(fault)));
    });
    return b.length() == 0 ? "none" : b.toString();
  }

  /** One API's settings that differ from no fault, as key=value texts. */
  static List<String> describe(ApiFault f) {
    List<String> parts = new ArrayList<>();
    if (!f.latency().isZero()) {
      parts.add("latency=" + duration(f.latency()));
    }
    if (!f.jitter().isZero()) {
      parts.add("jitter=" + duration(f.jitter()));
    }
    if (f.errorRate() > 0) {
      parts.add("error=" + rate(f.errorRate()));
    }
    if (f.errorStatus() != ApiFault.DEFAULT_ERROR_STATUS) {
      parts.add("status=" + f.errorStatus());
    }
    if (!f.retryAfter().equals(ApiFault.DEFAULT_RETRY_AFTER)) {
      parts.add("retryAfter=" + duration(f.retryAfter()));
    }
    if (f.hangRate() > 0) {
      parts.add("hang=" + rate(f.hangRate()));
    }
    if (!f.hangFor().equals(ApiFault.DEFAULT_HANG)) {
      parts.add("hangFor=" + duration(f.hangFor()));
    }
    if (f.malformedRate() > 0) {
      parts.add("malformed=" + rate(f.malformedRate()));
    }
    if (f.truncatedRate() > 0) {
      parts.add("truncated=" + rate(f.truncatedRate()));
    }
    return parts;
  }

  static Duration duration(String key, String value) {
    Matcher m = DURATION.matcher(value);
    if (!m.matches()) {
      throw new IllegalArgumentException(key + " must be a duration with a unit, e.g. 250ms, 2s or 1m, not '"
          + value + "'");
    }
    long n = Long.parseLong(m.group(1));
    return switch (m.group(2)) {
      case "ms" -> Duration.ofMillis(n);
      case "s" -> Duration.ofSeconds(n);
      default -> Duration.ofMinutes(n);
    };
  }

  static double rate(String key, String value) {
    Matcher m = RATE.matcher(value);
    if (value.isEmpty() || !m.matches() || m.group(1).isEmpty()) {
      throw new IllegalArgumentException(key + " must be a share from 0 to 1, e.g. 0.1 or 10%, not '" + value + "'");
    }
    double rate = Double.parseDouble(m.group(1));
    return m.group(2).isEmpty() ? rate : rate / 100;
  }

  private static int status(String value) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("status must be 500 or 503, not '" + value + "'");
    }
  }

  /** The shortest exact form: 1m, 2s or 250ms. */
  static String duration(Duration d) {
    long ms = d.toMillis();
    if (ms != 0 && ms % 60_000 == 0) {
      return ms / 60_000 + "m";
    }
    if (ms != 0 && ms % 1000 == 0) {
      return ms / 1000 + "s";
    }
    return ms + "ms";
  }

  static String rate(double rate) {
    return BigDecimal.valueOf(rate).stripTrailingZeros().toPlainString();
  }

  private static IllegalArgumentException fail(String entry, String reason) {
    return new IllegalArgumentException("Fault setting '" + entry + "': " + reason);
  }
}
