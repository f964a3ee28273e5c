package dk.workbench.ui.attorney;

import static org.assertj.core.api.Assertions.assertThat;

import dk.workbench.clients.cpr.CprClient;
import dk.workbench.clients.fuldmagt.FuldmagtClient;
import dk.workbench.contracts.cpr.CprNumber;
import dk.workbench.contracts.fuldmagt.FuldmagtPrivilege;
import dk.workbench.domain.Purpose;
import dk.workbench.http.ApiEndpoint;
import dk.workbench.http.HttpClients;
import dk.workbench.http.HttpSettings;
import dk.workbench.service.access.AccessRecorder;
import dk.workbench.service.attorney.ActingForService;
import dk.workbench.service.attorney.ActingForSession;
import dk.workbench.service.attorney.Person;
import dk.workbench.service.attorney.VerbalConsentStore;
import dk.workbench.service.lookup.PersonLookupService;
import dk.workbench.service.lookup.PersonSearchService;
import dk.workbench.ui.common.BackgroundTasks;
import dk.workbench.ui.common.Messages;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.SimpleStringProperty;
import org.junit.jupiter.api.Test;

/**
 * The dialog's checks without a toolkit or a back-end: a verbal consent needs a relation, a
 * reason, something covered and at most six months; a valid one starts a session that is
 * recorded on behalf of the representative.
 */
class ActingForDialogViewModelTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T09:00:00Z"), ZoneId.of("Europe/Copenhagen"));
  private static final CprNumber CITIZEN = CprNumber.of(LocalDate.of(1940, 3, 5), 1234);
  private static final CprNumber DAUGHTER = CprNumber.of(LocalDate.of(1970, 6, 1), 2222);

  private final List<AccessRecorder.Access> recorded = new ArrayList<>();
  private final Messages messages = new Messages(Locale.forLanguageTag("da"));
  private final ActingForDialogViewModel vm;
  private final CitizenSession tab = new CitizenSession(CITIZEN, new SimpleStringProperty("Karen Hansen"),
      Purpose.PERSONAL_ATTENDANCE, messages, CLOCK.getZone());

  ActingForDialogViewModelTest() {
    // nothing here reaches a back-end: the unreachable port makes sure of it
    ApiEndpoint nowhere = ApiEndpoint.of(URI.create("http://127.0.0.1:9/"), HttpClients.newClient(HttpSettings.defaults()));
    ActingForService service = new ActingForService(new FuldmagtClient(nowhere), VerbalConsentStore.inMemory(),
        recorded::add, CLOCK, "test-user");
    vm = new ActingForDialogViewModel(service, new PersonSearchService(new CprClient(nowhere)),
        new PersonLookupService(new CprClient(nowhere), CLOCK), new BackgroundTasks(Runnable::run, Runnable::run),
        messages, CLOCK);
    vm.forCitizen(tab);
    vm.actorProperty().set(new Person(DAUGHTER, "Lone Hansen"));
    vm.basisProperty().set(ActingForDialogViewModel.BasisChoice.CONSENT);
  }

  @Test
  void aConsentWithoutRelationReasonOrCoverageOrTooLongSaysWhy() {
    vm.start(s -> {});
    assertThat(vm.messageProperty().get()).isEqualTo("Skriv personens relation til borgeren.");
    vm.relationProperty().set("datter");
    vm.start(s -> {});
    assertThat(vm.messageProperty().get()).isEqualTo("Skriv en begrundelse for samtykket.");
    vm.reasonProperty().set("hjælp med boligstøtte");
    vm.start(s -> {});
    assertThat(vm.messageProperty().get()).isEqualTo("Vælg mindst ét, som samtykket dækker.");
    vm.consentCovers(FuldmagtPrivilege.READ_BENEFITS, true);
    vm.daysProperty().set(200);
    vm.start(s -> {});
    assertThat(vm.messageProperty().get()).isEqualTo("Et mundtligt samtykke gælder højst 183 dage (6 måneder).");
    assertThat(recorded).isEmpty();
    assertThat(tab.session()).isNull();
  }

  @Test
  void aValidConsentStartsTheSessionAndRecordsItOnBehalf() {
    vm.relationProperty().set("datter");
    vm.reasonProperty().set("hjælp med boligstøtte");
    vm.consentCovers(FuldmagtPrivilege.READ_BENEFITS, true);
    vm.daysProperty().set(30);
    List<ActingForSession> started = new ArrayList<>();

    vm.start(started::add);

    assertThat(vm.messageProperty().get()).isEmpty();
    assertThat(started).singleElement().isSameAs(tab.session());
    assertThat(tab.headerProperty().get())
        .isEqualTo("Lone Hansen handler på vegne af Karen Hansen — mundtligt samtykke (datter), gyldigt til 30.12.2026");
    assertThat(recorded).extracting(a -> a.activity().code()).containsExactly("CONSENT_RECORDED", "SESSION_START");
    assertThat(recorded).allSatisfy(a -> assertThat(a.onBehalfOf().representative()).isEqualTo(DAUGHTER));
  }
}
