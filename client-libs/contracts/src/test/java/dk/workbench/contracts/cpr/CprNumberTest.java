package dk.workbench.contracts.cpr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class CprNumberTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

  /** Every row of the CPR Office's century table, at both edges of each year range. */
  @ParameterizedTest(name = "yy={0}, 7th digit={1} -> {2}")
  @CsvSource(textBlock = """
      00, 0, 1900
      99, 0, 1999
      00, 1, 1900
      99, 2, 1999
      50, 3, 1950
      00, 4, 2000
      36, 4, 2036
      37, 4, 1937
      99, 4, 1999
      00, 5, 2000
      57, 5, 2057
      58, 5, 1858
      99, 5, 1899
      10, 6, 2010
      60, 6, 1860
      57, 7, 2057
      58, 7, 1858
      20, 8, 2020
      99, 8, 1899
      00, 9, 2000
      36, 9, 2036
      37, 9, 1937
      99, 9, 1999
      """)
  void centuryTableGivesTheYearOfBirth(int yy, int seventhDigit, int year) {
    assertThat(CprNumber.century(yy, seventhDigit) + yy).isEqualTo(year);
  }

  @ParameterizedTest
  @CsvSource(textBlock = """
      010203-0004, 1903-02-01
      0102034004,  2003-02-01
      0102404004,  1940-02-01
      0101585000,  1858-01-01
      0101205000,  2020-01-01
      3112379000,  1937-12-31
      """)
  void derivesBirthDate(String text, LocalDate expected) throws Exception {
    assertThat(CprNumber.parse(text, TODAY).birthDate()).isEqualTo(expected);
  }

  @Test
  void acceptsWithAndWithoutDashAsTheSameNumber() throws Exception {
    CprNumber dashed = CprNumber.parse(" 070761-4285 ", TODAY);
    CprNumber plain = CprNumber.parse("0707614285", TODAY);
    assertThat(dashed).isEqualTo(plain);
    assertThat(dashed.value()).isEqualTo("0707614285");
    assertThat(dashed.formatted()).isEqualTo("070761-4285");
  }

  @Test
  void sexFollowsTheParityOfTheLastDigit() throws Exception {
    assertThat(CprNumber.parse("0707614285", TODAY).sex()).isEqualTo(CprNumber.Sex.MALE);
    assertThat(CprNumber.parse("0707614284", TODAY).sex()).isEqualTo(CprNumber.Sex.FEMALE);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(textBlock = """
      '',            EMPTY
      '   ',         EMPTY
      12345,         WRONG_LENGTH
      01020312345,   WRONG_LENGTH
      010203-00045,  WRONG_LENGTH
      0102O30004,    NOT_DIGITS
      01020a-0004,   NOT_DIGITS
      01-0203000,    MISPLACED_DASH
      0102030-004,   MISPLACED_DASH
      3102030004,    INVALID_DATE
      2902010004,    INVALID_DATE
      0013030004,    INVALID_DATE
      0001030004,    INVALID_DATE
      0101304004,    FUTURE_DATE
      """)
  void rejectsWithAReason(String text, CprNumber.Problem problem) {
    assertThatThrownBy(() -> CprNumber.parse(text, TODAY))
        .isInstanceOfSatisfying(InvalidCprNumberException.class, e -> assertThat(e.problem()).isEqualTo(problem));
  }

  @Test
  void rejectsNull() {
    assertThatThrownBy(() -> CprNumber.parse(null, TODAY))
        .isInstanceOfSatisfying(InvalidCprNumberException.class,
            e -> assertThat(e.problem()).isEqualTo(CprNumber.Problem.EMPTY));
  }

  @Test
  void leapDayIsAValidBirthDateInALeapYear() throws Exception {
    assertThat(CprNumber.parse("2902004004", TODAY).birthDate()).isEqualTo(LocalDate.of(2000, 2, 29));
    assertThatThrownBy(() -> CprNumber.parse("2902010004", TODAY)).isInstanceOf(InvalidCprNumberException.class);
  }

  @Test
  void modulus11FailureOnlyWarns() throws Exception {
    CprNumber number = CprNumber.parse("0707614286", TODAY);
    assertThat(number.passesModulus11()).isFalse();
    assertThat(number.modulus11Warning()).isTrue();
    assertThat(CprNumber.parse("0707614285", TODAY).modulus11Warning()).isFalse();
  }

  static Stream<LocalDate> exceptionDates() throws IOException {
    try (InputStream in = CprNumber.class.getResourceAsStream("mod11-exception-birthdates.csv")) {
      List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1).toList();
      return lines.stream().map(l -> LocalDate.parse(l.split(",")[0].strip())).toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("exceptionDates")
  void noWarningOnBirthDatesIssuedWithoutCheckDigit(LocalDate date) throws Exception {
    CprNumber failing = firstNumberFailingModulus11(date);
    assertThat(failing.passesModulus11()).isFalse();
    assertThat(failing.modulus11Warning()).isFalse();
  }

  @Test
  void theExceptionListHasEveryDateOfTheSnapshot() throws IOException {
    assertThat(exceptionDates().toList()).hasSize(26).contains(LocalDate.of(1960, 1, 1), LocalDate.of(1995, 1, 1));
  }

  @Test
  void ofBuildsNumbersThatRoundTrip() throws Exception {
    CprNumber built = CprNumber.of(LocalDate.of(2012, 3, 4), 4321);
    assertThat(CprNumber.parse(built.value(), TODAY)).isEqualTo(built);
    assertThat(built.birthDate()).isEqualTo(LocalDate.of(2012, 3, 4));
    assertThatThrownBy(() -> CprNumber.of(LocalDate.of(2012, 3, 4), 1234)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void toStringNeverShowsTheNumber() throws Exception {
    assertThat(CprNumber.parse("0707614285", TODAY).toString()).doesNotContain("0707", "4285", "61");
  }

  @Test
  void ageOnADate() throws Exception {
    CprNumber n = CprNumber.parse("0707614285", TODAY);
    assertThat(n.ageOn(LocalDate.of(2026, 7, 6))).isEqualTo(64);
    assertThat(n.ageOn(LocalDate.of(2026, 7, 7))).isEqualTo(65);
  }

  private static CprNumber firstNumberFailingModulus11(LocalDate date) throws InvalidCprNumberException {
    for (int seq = 0; seq < 4000; seq++) { // 7th digit 0-3: the 1900s
      String digits = String.format("%02d%02d%02d%04d", date.getDayOfMonth(), date.getMonthValue(), date.getYear() % 100, seq);
      if (!CprNumber.passesModulus11(digits)) {
        return CprNumber.parse(digits, TODAY);
      }
    }
    throw new AssertionError("no failing number found");
  }
}
