package dk.workbench.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/** Language-dependent rendering of numbers, amounts, dates, periods and message templates. */
final class Formats {
  private static final String[] MONTHS_DA = {"januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
      "september", "oktober", "november", "december"};
  private static final String[] MONTHS_EN = {"January", "February", "March", "April", "May", "June", "July", "August",
      "September", "October", "November", "December"};

  private Formats() {}

  static String message(Message m, Language lang) {
    return fill(Texts.template(m.key(), lang), m.args(), lang);
  }

  static String formula(Formula f, Language lang) {
    return fill(f.pattern(), f.args(), lang);
  }

  /** Replaces {@code {n}} and {@code {n:fmt}} placeholders. */
  static String fill(String pattern, List<Object> args, Language lang) {
    StringBuilder sb = new StringBuilder(pattern.length() + 32);
    int i = 0;
    while (i < pattern.length()) {
      char c = pattern.charAt(i);
      int close;
      if (c == '{' && (close = pattern.indexOf('}', i)) > i + 1 && Character.isDigit(pattern.charAt(i + 1))) {
        String spec = pattern.substring(i + 1, close);
        int colon = spec.indexOf(':');
        int n = Integer.parseInt(colon < 0 ? spec : spec.substring(0, colon));
        String fmt = colon < 0 ? "" : spec.substring(colon + 1);
        String a = arg(n < args.size() ? args.get(n) : null, fmt, lang);
        sb.append(a);
        i = close + 1;
        if (a.endsWith(".") && i < pattern.length() && pattern.charAt(i) == '.') {
          i++; // "96.192 kr." at the end of a sentence: no double full stop
        }
      } else {
        sb.append(c);
        i++;
      }
    }
    return sb.toString();
  }

  static String arg(Object o, String fmt, Language lang) {
    if (o == null) {
      return "–";
    }
    if (o instanceof BigDecimal b) {
      return "kr".equals(fmt) ? money(b, lang) : number(b, lang);
    }
    if (o instanceof Integer || o instanceof Long) {
      return number(BigDecimal.valueOf(((Number) o).longValue()), lang);
    }
    if (o instanceof Message.Pct p) {
      return percent(p.percent(), lang);
    }
    if (o instanceof LocalDate d) {
      return date(d, lang);
    }
    if (o instanceof Period p) {
      return period(p, lang);
    }
    if (o instanceof Boolean b) {
      return Texts.template(b ? "yes" : "no", lang);
    }
    if (o instanceof Message.Term t) {
      return Texts.template(t.key(), lang);
    }
    if (o instanceof Message m) {
      return message(m, lang);
    }
    if (o instanceof List<?> list) {
      StringBuilder sb = new StringBuilder();
      for (Object x : list) {
        if (sb.length() > 0) {
          sb.append(", ");
        }
        sb.append(arg(x, fmt, lang));
      }
      return sb.toString();
    }
    return o.toString();
  }

  /** An amount: {@code 96.192 kr.} / {@code DKK 96,192}; with øre ({@code 336,50 kr.}) when not whole. */
  static String money(BigDecimal x, Language lang) {
    BigDecimal t = Num.tidy(x);
    String n = t.scale() > 0 && t.scale() < 2 ? grouped(t.setScale(2, RoundingMode.UNNECESSARY), lang) : grouped(t, lang);
    return lang == Language.DA ? n + " kr." : "DKK " + n;
  }

  /** A number with the language's separators and no trailing zeros. */
  static String number(BigDecimal x, Language lang) {
    return grouped(Num.tidy(x), lang);
  }

  static String percent(BigDecimal p, Language lang) {
    return lang == Language.DA ? number(p, lang) + " %" : number(p, lang) + "%";
  }

  private static String grouped(BigDecimal x, Language lang) {
    String plain = x.toPlainString();
    boolean negative = plain.startsWith("-");
    if (negative) {
      plain = plain.substring(1);
    }
    int dot = plain.indexOf('.');
    String intPart = dot < 0 ? plain : plain.substring(0, dot);
    String frac = dot < 0 ? "" : plain.substring(dot + 1);
    char group = lang == Language.DA ? '.' : ',';
    char decimal = lang == Language.DA ? ',' : '.';
    StringBuilder sb = new StringBuilder();
    if (negative) {
      sb.append('-');
    }
    int len = intPart.length();
    for (int i = 0; i < len; i++) {
      sb.append(intPart.charAt(i));
      int rest = len - i - 1;
      if (rest > 0 && rest % 3 == 0) {
        sb.append(group);
      }
    }
    if (!frac.isEmpty()) {
      sb.append(decimal).append(frac);
    }
    return sb.toString();
  }

  static String date(LocalDate d, Language lang) {
    return lang == Language.DA
        ? d.getDayOfMonth() + ". " + MONTHS_DA[d.getMonthValue() - 1] + " " + d.getYear()
        : d.getDayOfMonth() + " " + MONTHS_EN[d.getMonthValue() - 1] + " " + d.getYear();
  }

  static String period(Period p, Language lang) {
    if (p.kind() == Period.Kind.MONTH) {
      return (lang == Language.DA ? MONTHS_DA : MONTHS_EN)[p.index() - 1] + " " + p.year();
    }
    return lang == Language.DA ? p.index() + ". kvartal " + p.year() : "Q" + p.index() + " " + p.year();
  }
}
