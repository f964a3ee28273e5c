package dk.workbench.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dk.workbench.contracts.cpr.CprNumber;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SearchInputTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

  @ParameterizedTest
  @ValueSource(strings = {"070761-4285", "0707614285", " 0707614285 "})
  void tenDigitsAreACprNumber(String text) {
    assertThat(SearchInput.parse(text, TODAY)).isInstanceOfSatisfying(SearchInput.Cpr.class,
        c -> assertThat(c.cpr().value()).isEqualTo("0707614285"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"20304050", "+45 20 30 40 50", "0045 2030 4050", "20-30-40-50", "2030/4050"})
  void eightDigitsWithOrWithoutTheCountryCodeAreAPhoneNumber(String text) {
    assertThat(SearchInput.parse(text, TODAY)).isInstanceOf(SearchInput.Phone.class);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Jens Hansen 3.5.1944|Jens Hansen|1944-05-03",
      "Søren Aabye Kierkegaard, 05-05-1913|Søren Aabye Kierkegaard|1913-05-05",
      "1944-05-03 Hansen|Hansen|1944-05-03"})
  void aNameWithABirthDateIsANameSearch(String text, String name, LocalDate birthDate) {
    assertThat(SearchInput.parse(text, TODAY)).isEqualTo(new SearchInput.NameAndBirthDate(name, birthDate));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Jens Hansen|NAME_WITHOUT_BIRTH_DATE",
      "Jens Hansen 31.2.1944|BAD_BIRTH_DATE",
      "Jens Hansen 1.1.2030|BAD_BIRTH_DATE",
      "12345|BAD_CPR",
      "320161-4285|BAD_CPR"})
  void unusableInputSaysWhy(String text, SearchInput.Reason reason) {
    assertThat(SearchInput.parse(text, TODAY)).isInstanceOfSatisfying(SearchInput.Invalid.class,
        i -> assertThat(i.reason()).isEqualTo(reason));
  }

  @ParameterizedTest
  @ValueSource(strings = {"12345", ""})
  void aBadCprNumberKeepsItsProblem(String text) {
    SearchInput.Invalid invalid = (SearchInput.Invalid) SearchInput.parse(text, TODAY);
    assertThat(invalid.cprProblem()).isIn(CprNumber.Problem.WRONG_LENGTH, CprNumber.Problem.EMPTY);
  }
}
