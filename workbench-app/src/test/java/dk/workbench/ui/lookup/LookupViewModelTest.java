package dk.workbench.ui.lookup;

import static org.assertj.core.api.Assertions.assertThat;

import dk.workbench.contracts.auth.StaffRole;
import dk.workbench.contracts.cpr.Adresse;
import dk.workbench.contracts.cpr.PersonCandidate;
import dk.workbench.contracts.cpr.PersonSearchResult;
import dk.workbench.contracts.cpr.Persondata;
import dk.workbench.domain.Purpose;
import dk.workbench.domain.SearchInput;
import dk.workbench.service.lookup.PersonSearchService;
import dk.workbench.ui.common.BackgroundTasks;
import dk.workbench.ui.common.Messages;
import dk.workbench.ui.overview.OverviewFixture;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LookupViewModelTest {
  private OverviewFixture fixture;
  private LookupViewModel viewModel;
  private final List<SearchInput> searches = new ArrayList<>();
  private PersonSearchResult nextResult = new PersonSearchResult(List.of(), 0, false);
  private final PersonSearchService search = new PersonSearchService(null) {
    @Override
    public PersonSearchResult search(SearchInput.NameAndBirthDate input) {
      searches.add(input);
      return nextResult;
    }

    @Override
    public PersonSearchResult search(SearchInput.Phone input) {
      searches.add(input);
      return nextResult;
    }
  };

  private static PersonCandidate candidate(String cpr, String first, boolean protectedAddress) {
    return new PersonCandidate(cpr, new Persondata.Navn(first, null, "Hansen", null), LocalDate.of(1944, 5, 3),
        new Persondata.Status("01", null),
        protectedAddress ? null : new Adresse.AktuelAdresse("Vestergade", "3", null, null, "5000", "Odense C", "461",
            "Vestergade 3", null),
        protectedAddress);
  }

  @BeforeEach
  void setUp() {
    fixture = new OverviewFixture(StaffRole.CASEWORKER, Locale.forLanguageTag("da"));
    viewModel = new LookupViewModel(fixture.tabs, search, new BackgroundTasks(Runnable::run, Runnable::run),
        new Messages(Locale.forLanguageTag("da")), OverviewFixture.CLOCK);
  }

  @Test
  void invalidCprShowsTheReasonAndKeepsTheText() {
    viewModel.purposeProperty().set(Purpose.TELEPHONE_ENQUIRY);
    viewModel.cprTextProperty().set("320161-4285");

    viewModel.search();

    assertThat(viewModel.cprMessageProperty().get()).isEqualTo("De første 6 cifre er ikke en gyldig dato.");
    assertThat(viewModel.cprTextProperty().get()).isEqualTo("320161-4285");
    assertThat(fixture.calls).isEmpty();
    assertThat(fixture.tabs.open()).isEmpty();
  }

  @Test
  void noLookupWithoutAPurpose() {
    viewModel.cprTextProperty().set("070761-4285");

    viewModel.search();

    assertThat(viewModel.purposeMessageProperty().get()).contains("Vælg formålet");
    assertThat(fixture.calls).isEmpty();
  }

  @Test
  void typingClearsTheValidationMessage() {
    viewModel.cprTextProperty().set("12");
    viewModel.search();
    assertThat(viewModel.cprMessageProperty().get()).isNotEmpty();

    viewModel.cprTextProperty().set("123");

    assertThat(viewModel.cprMessageProperty().get()).isEmpty();
  }

  @Test
  void aValidSearchOpensTheCitizensTab() {
    viewModel.cprTextProperty().set("070761-4285");
    viewModel.purposeProperty().set(Purpose.CASEWORK);

    viewModel.search();

    assertThat(fixture.calls).extracting(c -> c.value()).containsExactly("0707614285");
    assertThat(fixture.tabs.open()).hasSize(1);
    assertThat(fixture.tabs.open().get(0).titleProperty().get()).isEqualTo("Karen Sørensen");
    assertThat(viewModel.errorMessageProperty().get()).isEmpty();
  }

  @Test
  void modulus11FailureWarnsButStillLooksUp() {
    viewModel.cprTextProperty().set("0707614286");
    viewModel.purposeProperty().set(Purpose.CASEWORK);

    viewModel.search();

    assertThat(viewModel.cprWarningProperty().get()).contains("modulus 11");
    assertThat(fixture.calls).hasSize(1);
  }

  @Test
  void englishTextsWhenTheLanguageIsEnglish() {
    LookupViewModel english = new LookupViewModel(fixture.tabs, search, new BackgroundTasks(Runnable::run, Runnable::run),
        new Messages(Locale.ENGLISH), OverviewFixture.CLOCK);
    english.cprTextProperty().set("12");
    english.search();
    assertThat(english.cprMessageProperty().get()).isEqualTo("A CPR number has 10 digits (ddmmyy-xxxx).");
    assertThat(english.purposeLabel(Purpose.TELEPHONE_ENQUIRY)).isEqualTo("Telephone enquiry");
  }

  @Test
  void aRecentCitizenCanBeOpenedAgainWithItsPurpose() {
    viewModel.cprTextProperty().set("070761-4285");
    viewModel.purposeProperty().set(Purpose.CASEWORK);
    viewModel.search();
    fixture.tabs.close(0);
    viewModel.purposeProperty().set(null);
    viewModel.cprTextProperty().set("");

    viewModel.reopen(viewModel.recent().get(0));

    assertThat(viewModel.cprTextProperty().get()).isEqualTo("070761-4285");
    assertThat(viewModel.purposeProperty().get()).isEqualTo(Purpose.CASEWORK);
    assertThat(fixture.tabs.open()).hasSize(1);
    assertThat(viewModel.recentLabel(viewModel.recent().get(0))).isEqualTo("Karen Sørensen (070761-4285)");
  }

  @Test
  void aNameWithABirthDateListsCandidatesAndOpensNothingByItself() {
    nextResult = new PersonSearchResult(List.of(candidate("0305441198", "Jens", false)), 1, false);
    viewModel.cprTextProperty().set("Jens Hansen 3.5.1944");
    viewModel.purposeProperty().set(Purpose.TELEPHONE_ENQUIRY);

    viewModel.search();

    assertThat(searches).containsExactly(new SearchInput.NameAndBirthDate("Jens Hansen", LocalDate.of(1944, 5, 3)));
    assertThat(viewModel.candidates()).hasSize(1);
    assertThat(viewModel.candidatesMessageProperty().get()).startsWith("1 person fundet – vælg den rigtige");
    assertThat(fixture.tabs.open()).as("never a silent pick").isEmpty();
    assertThat(viewModel.candidateLabel(viewModel.candidates().get(0)))
        .isEqualTo("Jens Hansen · født 3.5.1944 · Vestergade 3, 5000 Odense C");

    viewModel.choose(viewModel.candidates().get(0));

    assertThat(fixture.tabs.open()).extracting(t -> t.cpr().value()).containsExactly("0305441198");
    assertThat(viewModel.candidates()).isEmpty();
  }

  @Test
  void aPhoneNumberSearchesByPhoneAndAProtectedCandidateShowsNoAddress() {
    nextResult = new PersonSearchResult(List.of(candidate("0305441198", "Jens", true), candidate("0101501234", "Ib", false)),
        2, false);
    viewModel.cprTextProperty().set("+45 20 30 40 50");
    viewModel.purposeProperty().set(Purpose.TELEPHONE_ENQUIRY);

    viewModel.search();

    assertThat(searches).containsExactly(new SearchInput.Phone("+45 20 30 40 50"));
    assertThat(viewModel.candidatesMessageProperty().get()).startsWith("2 personer fundet");
    assertThat(viewModel.candidateLabel(viewModel.candidates().get(0))).contains("Beskyttet adresse")
        .doesNotContain("Vestergade");
  }

  @Test
  void noCandidatesAndTooManyCandidatesSaySo() {
    viewModel.cprTextProperty().set("Jens Hansen 3.5.1944");
    viewModel.purposeProperty().set(Purpose.CASEWORK);
    viewModel.search();
    assertThat(viewModel.candidatesMessageProperty().get()).startsWith("Ingen personer fundet");

    nextResult = new PersonSearchResult(List.of(candidate("0305441198", "Jens", false)), 73, true);
    viewModel.search();
    assertThat(viewModel.candidatesMessageProperty().get()).isEqualTo(
        "73 personer passer – her vises de første 1. Skriv navnet mere præcist.");
  }

  @Test
  void aNameWithoutABirthDateAsksForIt() {
    viewModel.cprTextProperty().set("Jens Hansen");
    viewModel.purposeProperty().set(Purpose.CASEWORK);

    viewModel.search();

    assertThat(viewModel.cprMessageProperty().get()).isEqualTo("Skriv også fødselsdatoen, fx Jens Hansen 3.5.1944.");
    assertThat(searches).isEmpty();
    assertThat(viewModel.cprTextProperty().get()).isEqualTo("Jens Hansen");
  }
}
