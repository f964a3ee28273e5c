package dk.workbench.contracts.cpr;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * Fuzzes {@link CprNumber#parse(String, LocalDate)} with Jazzer: whatever the text, it gives a
 * CPR number that survives a round trip or throws {@link InvalidCprNumberException}; any other
 * exception or error fails. Seeds in {@code CprNumberFuzzTestInputs/parse/}. The normal build
 * runs the seeds (regression mode); {@code JAZZER_FUZZ=1 mvn test -Dtest=CprNumberFuzzTest}
 * fuzzes.
 */
class CprNumberFuzzTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

  @FuzzTest(maxDuration = "60s")
  void parse(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    CprNumber cpr;
    try {
      cpr = CprNumber.parse(text, TODAY);
    } catch (InvalidCprNumberException expected) {
      assertThat(expected.problem()).isNotNull();
      return;
    }
    assertThat(cpr.value()).matches("[0-9]{10}");
    assertThat(cpr.birthDate()).isBeforeOrEqualTo(TODAY);
    assertThat(cpr.toString()).doesNotContain(cpr.value().substring(6));
    try {
      assertThat(CprNumber.parse(cpr.formatted(), TODAY).value()).isEqualTo(cpr.value());
    } catch (InvalidCprNumberException e) {
      throw new AssertionError("a parsed number did not parse again in its formatted form", e);
    }
  }
}
