package dk.workbench.sandbox.cpr;

import dk.workbench.contracts.cpr.Persondata;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Danish-aware name matching for the person search. Names are compared as tokens after
 * {@link #normalise normalisation}: case and diacritics do not count (é = e, ü = u), but æ, ø
 * and å are letters of their own, with their usual spellings aa = å, ae = æ, oe = ø (and the
 * Swedish/German ä = æ, ö = ø). A query matches a person when every one of its name tokens is
 * one of the person's, in any order: "Anne Sørensen" finds Anne Marie Holm-Sørensen, and so do
 * "Anne Holm", "Holm-Sørensen Anne" and "anne marie soerensen".
 */
final class DanishNames {
  private DanishNames() {}

  /**
   * Lower case, diacritics removed except on å, æ, ø; aa → å, ae → æ, oe → ø; ä → æ, ö → ø.
   * Anything that is not a letter becomes a space.
   */
  static String normalise(String text) {
    StringBuilder letters = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = Character.toLowerCase(text.charAt(i));
      switch (c) {
        case 'å', 'æ', 'ø' -> letters.append(c);
        case 'ä' -> letters.append('æ');
        case 'ö' -> letters.append('ø');
        default -> {
          if (c < 128) {
            letters.append(c >= 'a' && c <= 'z' ? c : ' ');
            continue;
          }
          String plain = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
          for (char p : plain.toCharArray()) {
            letters.append(Character.isLetter(p) ? Character.toLowerCase(p) : ' ');
          }
        }
      }
    }
    StringBuilder out = new StringBuilder(letters.length());
    for (int i = 0; i < letters.length(); i++) {
      char c = letters.charAt(i);
      char next = i + 1 < letters.length() ? letters.charAt(i + 1) : ' ';
      if (c == 'a' && next == 'a') {
        out.append('å');
        i++;
      } else if (c == 'a' && next == 'e') {
        out.append('æ');
        i++;
      } else if (c == 'o' && next == 'e') {
        out.append('ø');
        i++;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** The normalised tokens of a text: "Holm-Sørensen, Anne" → [holm, sørensen, anne]. */
  static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    for (String token : normalise(text).split(" ")) {
      if (!token.isEmpty()) {
        tokens.add(token);
      }
    }
    return tokens;
  }

  /** All of a person's name tokens: given names, middle names and every part of the surname. */
  static List<String> tokens(Persondata.Navn navn) {
    List<String> tokens = new ArrayList<>();
    for (String part : new String[] {navn.fornavn(), navn.mellemnavn(), navn.efternavn()}) {
      if (part != null) {
        tokens.addAll(tokens(part));
      }
    }
    return tokens;
  }

  /** True when every query token is one of the person's tokens (each used once). */
  static boolean matches(List<String> query, List<String> person) {
    List<String> remaining = new ArrayList<>(person);
    for (String token : query) {
      if (!remaining.remove(token)) {
        return false;
      }
    }
    return true;
  }

  /** Sort key: surname first, as in the CPR's adresseringsnavn. */
  static String sortKey(Persondata.Navn navn) {
    return navn.adresseringsnavn() == null ? navn.fuldtNavn().toLowerCase(Locale.ROOT)
        : navn.adresseringsnavn().toLowerCase(Locale.ROOT);
  }
}
