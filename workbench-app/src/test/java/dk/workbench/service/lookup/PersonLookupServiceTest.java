package dk.workbench.service.lookup;

import static org.assertj.core.api.Assertions.assertThat;

import dk.workbench.contracts.cpr.Adresse;
import dk.workbench.contracts.cpr.Person;
import dk.workbench.contracts.cpr.Persondata;
import dk.workbench.contracts.cpr.Relationer;
import dk.workbench.domain.PersonSummary;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PersonLookupServiceTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
  private static final Adresse.AktuelAdresse HOME =
      new Adresse.AktuelAdresse("Vestergade", "3", null, null, "5000", "Odense C", "461", "Vestergade 3", LocalDate.of(2001, 1, 1));

  @Test
  void protectedAddressIsWithheldBeforeItReachesTheUi() {
    PersonSummary s = PersonLookupService.summarise(person(new Persondata.Adressebeskyttelse(LocalDate.of(2020, 1, 1), null),
        Persondata.Status.AKTIV, new Adresse(HOME, null)), TODAY);
    assertThat(s.addressProtected()).isTrue();
    assertThat(s.address()).isEmpty();
  }

  @Test
  void ordinaryAddressOnOneLine() {
    PersonSummary s = PersonLookupService.summarise(person(null, Persondata.Status.AKTIV, new Adresse(HOME, null)), TODAY);
    assertThat(s.address()).contains("Vestergade 3, 5000 Odense C");
    assertThat(s.age()).isEqualTo(76);
  }

  @Test
  void deceasedAgeStopsAtTheDateOfDeath() {
    PersonSummary s = PersonLookupService.summarise(person(null, Persondata.Status.DOED, new Adresse(null, null)), TODAY);
    assertThat(s.deathDate()).contains(LocalDate.of(2024, 5, 1));
    assertThat(s.age()).isEqualTo(73);
    assertThat(s.address()).isEmpty();
  }

  @Test
  void emigratedHasTheEmigrationDate() {
    PersonSummary s = PersonLookupService.summarise(person(null, "80",
        new Adresse(null, new Adresse.Udrejseoplysninger(LocalDate.of(2019, 8, 1), "SE"))), TODAY);
    assertThat(s.emigrationDate()).contains(LocalDate.of(2019, 8, 1));
  }

  @Test
  void theHouseholdComesFromTheRelationsWithAgesFromTheCprNumbers() {
    var relations = new Relationer(new Relationer.PersonRelation("0103521234", null),
        List.of(new Relationer.PersonRelation("1502104234", null), new Relationer.PersonRelation("0105801234", null)),
        null, null, List.of(new Relationer.Foraeldremyndighed("0103521234", "Mor", null)));

    PersonSummary.Household home = PersonLookupService.household(relations, TODAY);

    assertThat(home.spouseAge()).contains(74);
    assertThat(home.childrenAges()).containsExactly(16, 46);
    assertThat(home.custodyHolders()).containsExactly("Mor");
    assertThat(PersonLookupService.household(null, TODAY)).isEqualTo(PersonSummary.Household.NONE);
  }

  private static Person person(Persondata.Adressebeskyttelse protection, String status, Adresse adresse) {
    Persondata data = new Persondata(
        new Persondata.Navn("Ole", null, "Hansen", "Hansen,Ole"), "M", LocalDate.of(1950, 6, 1),
        new Persondata.Status(status, LocalDate.of(2024, 5, 1)), new Persondata.Civilstand("E", LocalDate.of(2015, 1, 1)),
        null, protection, true, false);
    return new Person("0106501234", true, data, adresse, new Relationer(null, null, null, null, null));
  }
}
