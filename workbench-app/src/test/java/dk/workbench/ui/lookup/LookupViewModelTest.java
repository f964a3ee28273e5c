package dk.workbench.ui.lookup;

import static org.assertj.core.api.Assertions.assertThat;

import dk.workbench.contracts.cpr.CprNumber;
import dk.workbench.domain.PersonSummary;
import dk.workbench.domain.Purpose;
import dk.workbench.http.ApiConnectionException;
import dk.workbench.http.ApiException;
import dk.workbench.http.NotFoundException;
import dk.workbench.service.lookup.PersonLookupService;
import dk.workbench.ui.common.BackgroundTasks;
import dk.workbench.ui.common.Messages;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LookupViewModelTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneId.of("Europe/Copenhagen"));

  private final List<CprNumber> calls = new ArrayList<>();
  private ApiException nextFailure;
  private PersonSummary nextSummary;
  private LookupViewModel viewModel;

  @BeforeEach
  void setUp() {
    PersonLookupService service = new PersonLookupService(null, CLOCK) {
      @Override
      public PersonSummary lookup(CprNumber number, Purpose purpose) throws ApiException {
        calls.add(number);
        if (nextFailure != null) {
          throw nextFailure;
        }
        return nextSummary;
      }
    };
    viewModel = new LookupViewModel(service, new BackgroundTasks(Runnable::run, Runnable::run), new Messages(Locale.forLanguageTag("da")), CLOCK);
    nextSummary = summary(false, Optional.of("Åboulevarden 12, 2. tv, 8000 Aarhus C"));
  }

  @Test
  void invalidCprShowsTheReasonAndKeepsTheText() {
    viewModel.purposeProperty().set(Purpose.TELEPHONE_ENQUIRY);
    viewModel.cprTextProperty().set("320161-4285");

    viewModel.search();

    assertThat(viewModel.cprMessageProperty().get()).isEqualTo("De første 6 cifre er ikke en gyldig dato.");
    assertThat(viewModel.cprTextProperty().get()).isEqualTo("320161-4285");
    assertThat(calls).isEmpty();
  }

  @Test
  void noLookupWithoutAPurpose() {
    viewModel.cprTextProperty().set("070761-4285");

    viewModel.search();

    assertThat(viewModel.purposeMessageProperty().get()).contains("Vælg formålet");
    assertThat(calls).isEmpty();
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
  void successfulLookupFillsTheCard() {
    viewModel.purposeProperty().set(Purpose.CASEWORK);
    viewModel.cprTextProperty().set("0707614285");

    viewModel.search();

    PersonCard card = viewModel.cardProperty().get();
    assertThat(card.name()).isEqualTo("Karen Sørensen");
    assertThat(card.cpr()).isEqualTo("070761-4285");
    assertThat(card.address()).isEqualTo("Åboulevarden 12, 2. tv, 8000 Aarhus C");
    assertThat(card.civilStatus()).isEqualTo("Gift");
    assertThat(card.age()).isEqualTo("65 år (født 7.7.1961)");
    assertThat(card.digitalPost()).isEqualTo("Tilmeldt Digital Post");
    assertThat(viewModel.busyProperty().get()).isFalse();
  }

  @Test
  void protectedAddressIsNeverShown() {
    nextSummary = summary(true, Optional.empty());
    viewModel.purposeProperty().set(Purpose.CASEWORK);
    viewModel.cprTextProperty().set("0707614285");

    viewModel.search();

    assertThat(viewModel.cardProperty().get().address()).isEqualTo("Beskyttet adresse");
  }

  @Test
  void modulus11FailureWarnsButStillLooksUp() {
    viewModel.purposeProperty().set(Purpose.CASEWORK);
    viewModel.cprTextProperty().set("0707614286");

    viewModel.search();

    assertThat(viewModel.cprWarningProperty().get()).contains("modulus 11");
    assertThat(calls).hasSize(1);
  }

  @Test
  void unknownPersonSaysSoWithoutRetry() {
    nextFailure = new NotFoundException("id-1", "http://x/cpr/v1/persons/******-****", null);
    viewModel.purposeProperty().set(Purpose.CASEWORK);
    viewModel.cprTextProperty().set("0707614285");

    viewModel.search();

    assertThat(viewModel.errorMessageProperty().get()).isEqualTo("Ingen person fundet med dette CPR-nummer.");
    assertThat(viewModel.retryPossibleProperty().get()).isFalse();
    assertThat(viewModel.cardProperty().get()).isNull();
  }

  @Test
  void unreachableBackEndOffersRetryAndRetryRepeatsTheLookup() {
    nextFailure = new ApiConnectionException("down", "id-2", "http://x", null);
    viewModel.purposeProperty().set(Purpose.CASEWORK);
    viewModel.cprTextProperty().set("0707614285");
    viewModel.search();
    assertThat(viewModel.errorMessageProperty().get()).startsWith("CPR-registret kan ikke nås").contains("id-2");
    assertThat(viewModel.retryPossibleProperty().get()).isTrue();

    nextFailure = null;
    viewModel.cprTextProperty().set("something the user started typing");
    viewModel.retry();

    assertThat(calls).hasSize(2).allMatch(n -> n.value().equals("0707614285"));
    assertThat(viewModel.errorMessageProperty().get()).isEmpty();
    assertThat(viewModel.cardProperty().get()).isNotNull();
    assertThat(viewModel.cprTextProperty().get()).isEqualTo("something the user started typing");
  }

  @Test
  void englishTextsWhenTheLanguageIsEnglish() {
    LookupViewModel english = new LookupViewModel(null, new BackgroundTasks(Runnable::run, Runnable::run), new Messages(Locale.ENGLISH), CLOCK);
    english.cprTextProperty().set("abc");
    english.search();
    assertThat(english.cprMessageProperty().get()).isEqualTo("A CPR number has 10 digits (ddmmyy-xxxx).");
    assertThat(english.purposeLabel(Purpose.TELEPHONE_ENQUIRY)).isEqualTo("Telephone enquiry");
  }

  private static PersonSummary summary(boolean protectedAddress, Optional<String> address) {
    return new PersonSummary("Karen Sørensen", LocalDate.of(1961, 7, 7), 65, address, protectedAddress, "G", true, false,
        Optional.empty(), Optional.empty(), true);
  }
}
