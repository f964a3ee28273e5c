package dk.workbench.clients.cpr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.workbench.clients.testing.SandboxFixture;
import dk.workbench.contracts.auth.StaffRole;
import dk.workbench.contracts.cpr.CprNumber;
import dk.workbench.contracts.cpr.Kontaktoplysninger;
import dk.workbench.contracts.cpr.Kontaktoplysninger.Telefonnummer;
import dk.workbench.contracts.cpr.Person;
import dk.workbench.contracts.cpr.PersonCandidate;
import dk.workbench.contracts.cpr.PersonSearchResult;
import dk.workbench.contracts.sandbox.ArchetypeEntry;
import dk.workbench.http.ClientErrorException;
import dk.workbench.http.ForbiddenException;
import dk.workbench.http.NotFoundException;
import dk.workbench.sandbox.population.Population;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link CprClient} against the real sandbox over loopback, every exchange checked against cpr.openapi.yaml. */
class CprClientContractTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 1, 1);

  private static SandboxFixture fixture;
  private static Population population;
  private static CprClient caseworker;
  private static CprClient agent;

  @BeforeAll
  static void start() {
    fixture = new SandboxFixture("openapi/cpr.openapi.yaml");
    population = fixture.server().population();
    caseworker = new CprClient(fixture.endpoint(StaffRole.CASEWORKER));
    agent = new CprClient(fixture.endpoint(StaffRole.CALL_AGENT));
  }

  @AfterAll
  static void stop() {
    fixture.close();
  }

  @Test
  void everyArchetypeIsLookedUpSearchedAndContactedWithinTheContract() throws Exception {
    for (ArchetypeEntry entry : population.archetypes()) {
      CprNumber cpr = CprNumber.parse(entry.cpr(), TODAY);
      Person expected = population.find(cpr).orElseThrow();

      Person person = caseworker.lookupPerson(cpr);
      PersonSearchResult found = caseworker.search(expected.persondata().navn().fuldtNavn(),
          expected.persondata().foedselsdato());
      Kontaktoplysninger contact = caseworker.contact(cpr);

      assertThat(person).isEqualTo(expected);
      assertThat(found.candidates()).extracting(PersonCandidate::personnummer).contains(entry.cpr());
      assertThat(contact.telefonnumre()).allSatisfy(t -> assertThat(t.nummer()).matches("[0-9]{8}"));
    }
    assertThat(fixture.contract().violations()).isEmpty();
    assertThat(fixture.contract().validatedExchanges()).isGreaterThanOrEqualTo(3 * population.archetypes().size());
  }

  @Test
  void aPhoneNumberAsACallerSaysItFindsThePerson() throws Exception {
    Person person = population.persons().stream()
        .filter(p -> p.persondata().adressebeskyttelse() == null && p.persondata().status().status().equals("01"))
        .filter(p -> !contact(p).telefonnumre().isEmpty())
        .filter(p -> contact(p).telefonnumre().get(0).type().equals(Telefonnummer.MOBIL))
        .findFirst().orElseThrow();
    String n = contact(person).telefonnumre().get(0).nummer();

    PersonSearchResult found = agent.searchByPhone("+45 " + n.substring(0, 4) + "-" + n.substring(4));

    assertThat(found.candidates()).extracting(PersonCandidate::personnummer).containsExactly(person.personnummer());
    assertThat(found.truncated()).isFalse();
    assertThat(fixture.contract().violations()).isEmpty();
  }

  @Test
  void theAddressIsServedAndAProtectedOneIsRefusedToACallAgent() throws Exception {
    CprNumber protectedPerson = CprNumber.parse(archetype("protected-address"), TODAY);
    CprNumber emigrated = CprNumber.parse(archetype("emigrated"), TODAY);

    assertThat(caseworker.address(protectedPerson))
        .isEqualTo(population.find(protectedPerson).orElseThrow().adresse().aktuelAdresse());
    assertThat(agent.lookupPerson(protectedPerson).adresse().aktuelAdresse()).isNull();
    assertThatThrownBy(() -> agent.address(protectedPerson)).isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> agent.contact(protectedPerson)).isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> caseworker.address(emigrated)).isInstanceOf(NotFoundException.class);
    assertThat(fixture.contract().violations()).isEmpty();
  }

  @Test
  void unusableSearchesAndUnknownPersonsAreTypedErrors() throws Exception {
    CprNumber unknown = CprNumber.parse("0101010000", TODAY);

    assertThatThrownBy(() -> caseworker.searchByPhone("112"))
        .isInstanceOfSatisfying(ClientErrorException.class, e -> assertThat(e.status()).isEqualTo(400));
    assertThatThrownBy(() -> caseworker.search("--", LocalDate.of(1960, 1, 1)))
        .isInstanceOfSatisfying(ClientErrorException.class, e -> assertThat(e.status()).isEqualTo(400));
    assertThatThrownBy(() -> caseworker.lookupPerson(unknown)).isInstanceOf(NotFoundException.class);
    assertThat(caseworker.search("Ingen Ingensen", LocalDate.of(1960, 1, 1)).candidates()).isEmpty();
    assertThat(fixture.contract().violations()).isEmpty();
  }

  private static Kontaktoplysninger contact(Person p) {
    try {
      return caseworker.contact(CprNumber.parse(p.personnummer(), TODAY));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String archetype(String id) {
    return population.archetypes().stream().filter(e -> e.archetype().equals(id)).findFirst().orElseThrow().cpr();
  }
}
