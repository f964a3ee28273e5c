package dk.workbench.domain;

import dk.workbench.contracts.cpr.CprNumber;
import dk.workbench.contracts.cpr.InvalidCprNumberException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What staff typed in the search field: a CPR number, a name with a birth date, or a phone
 * number, told apart by their shape. Pure; {@link #parse} never throws.
 */
public sealed interface SearchInput {
  /** A CPR number: look the person up directly. */
  record Cpr(CprNumber cpr) implements SearchInput {}

  /** A name and a birth date: search, then pick from the candidates. */
  record NameAndBirthDate(String name, LocalDate birthDate) implements SearchInput {}

  /** A Danish phone number (8 digits, with or without +45): search, then pick. */
  record Phone(String number) implements SearchInput {}

  /** Not usable; {@code cprProblem} is set when it looked like a CPR number. */
  record Invalid(Reason reason, CprNumber.Problem cprProblem) implements SearchInput {}

  /** Why the input cannot be searched for. */
  enum Reason {
    BAD_CPR,
    NAME_WITHOUT_BIRTH_DATE,
    BAD_BIRTH_DATE,
    BIRTH_DATE_WITHOUT_NAME
  }

  Pattern CPR_SHAPE = Pattern.compile("\\d{6}-?\\d{4}");
  Pattern PHONE_SHAPE = Pattern.compile("[+\\d][\\d\\s/().-]*");
  Pattern DATE = Pattern.compile("(?<!\\d)(\\d{1,2})[./-](\\d{1,2})[./-](\\d{4})(?!\\d)|(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");

  static SearchInput parse(String text, LocalDate today) {
    String input = text == null ? "" : text.strip();
    if (!CPR_SHAPE.matcher(input).matches() && PHONE_SHAPE.matcher(input).matches()) {
      String digits = input.replaceAll("\\D", "");
      if (digits.length() == 8 || digits.length() == 10 && digits.startsWith("45")
          || digits.length() == 12 && digits.startsWith("0045")) {
        return new Phone(input);
      }
    }
    if (input.chars().noneMatch(Character::isLetter)) {
      try {
        return new Cpr(CprNumber.parse(input, today));
      } catch (InvalidCprNumberException e) {
        return new Invalid(Reason.BAD_CPR, e.problem());
      }
    }
    Matcher date = DATE.matcher(input);
    if (!date.find()) {
      return new Invalid(Reason.NAME_WITHOUT_BIRTH_DATE, null);
    }
    LocalDate birthDate;
    try {
      birthDate = date.group(1) != null
          ? LocalDate.of(Integer.parseInt(date.group(3)), Integer.parseInt(date.group(2)), Integer.parseInt(date.group(1)))
          : LocalDate.of(Integer.parseInt(date.group(4)), Integer.parseInt(date.group(5)), Integer.parseInt(date.group(6)));
    } catch (DateTimeException e) {
      return new Invalid(Reason.BAD_BIRTH_DATE, null);
    }
    if (birthDate.isAfter(today)) {
      return new Invalid(Reason.BAD_BIRTH_DATE, null);
    }
    String name = (input.substring(0, date.start()) + " " + input.substring(date.end())).replaceAll("[,\\s]+", " ").strip();
    return name.isEmpty() ? new Invalid(Reason.BIRTH_DATE_WITHOUT_NAME, null) : new NameAndBirthDate(name, birthDate);
  }
}
