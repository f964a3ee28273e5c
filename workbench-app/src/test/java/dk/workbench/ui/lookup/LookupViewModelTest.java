package dk.workbench.ui.lookup;

import static org.assertj.core.api.Assertions.assertThat;

import dk.workbench.contracts.auth.StaffRole;
import dk.workbench.domain.Purpose;
import dk.workbench.ui.common.Messages;
import dk.workbench.ui.overview.OverviewFixture;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LookupViewModelTest {
  private OverviewFixture fixture;
  private LookupViewModel viewModel;

  @BeforeEach
  void setUp() {
    fixture = new OverviewFixture(StaffRole.CASEWORKER, Locale.forLanguageTag("da"));
    viewModel = new LookupViewModel(fixture.tabs, new Messages(Locale.forLanguageTag("da")), OverviewFixture.CLOCK);
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
    LookupViewModel english = new LookupViewModel(fixture.tabs, new Messages(Locale.ENGLISH), OverviewFixture.CLOCK);
    english.cprTextProperty().set("abc");
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
}
