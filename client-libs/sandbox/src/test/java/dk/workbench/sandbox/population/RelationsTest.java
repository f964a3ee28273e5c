package dk.workbench.sandbox.population;

import static dk.workbench.sandbox.population.PopulationTest.age;
import static org.assertj.core.api.Assertions.assertThat;

import dk.workbench.contracts.cpr.Person;
import dk.workbench.contracts.cpr.Persondata;
import dk.workbench.contracts.cpr.Relationer;
import dk.workbench.contracts.cpr.Relationer.PersonRelation;
import dk.workbench.sandbox.testing.Populations;
import java.time.Period;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The population's relations hang together the way the CPR's do. */
class RelationsTest {
  private final Population population = Populations.defaultSeed();

  @Test
  void everyRelationPointsAtSomeoneInThePopulation() {
    for (Person p : population.persons()) {
      Relationer r = p.relationer();
      Stream.concat(
              Stream.concat(r.barn().stream(), Stream.of(r.aegtefaelle(), r.mor(), r.far()).filter(Objects::nonNull))
                  .map(PersonRelation::personnummer),
              r.foraeldremyndighed().stream().map(Relationer.Foraeldremyndighed::personnummer))
          .forEach(cpr -> assertThat(population.find(cpr)).as("related person").isPresent());
    }
  }

  @Test
  void spousesPointAtEachOtherAreMarriedOnTheSameDayAndShareTheAddress() {
    long couples = 0;
    for (Person p : population.persons()) {
      PersonRelation spouse = p.relationer().aegtefaelle();
      if (spouse == null) {
        continue;
      }
      couples++;
      Person other = person(spouse.personnummer());
      assertThat(other.relationer().aegtefaelle().personnummer()).isEqualTo(p.personnummer());
      assertThat(p.persondata().civilstand().civilstandKode()).isEqualTo("G");
      assertThat(other.persondata().civilstand()).isEqualTo(p.persondata().civilstand());
      assertThat(spouse.relationStartdato()).isEqualTo(p.persondata().civilstand().civilstandsdato());
      assertThat(active(p) && active(other)).isTrue();
      assertThat(PopulationTest.key(other.adresse().aktuelAdresse()))
          .isEqualTo(PopulationTest.key(p.adresse().aktuelAdresse()));
      assertThat(age(p)).isGreaterThanOrEqualTo(18);
    }
    assertThat(couples).as("married persons").isGreaterThan(population.size() / 5);
  }

  @Test
  void civilStatusGMeansASpouseAndOtherStatusesMeanNone() {
    for (Person p : population.persons()) {
      String code = p.persondata().civilstand().civilstandKode();
      assertThat(code).isIn("U", "G", "F", "E", "D");
      assertThat(p.relationer().aegtefaelle() != null).as("has a spouse").isEqualTo(code.equals("G"));
      if (age(p) < 18) {
        assertThat(code).isEqualTo("U");
      }
    }
    assertThat(population.persons()).anyMatch(p -> p.persondata().civilstand().civilstandKode().equals("E"));
    assertThat(population.persons()).anyMatch(p -> p.persondata().civilstand().civilstandKode().equals("F"));
  }

  @Test
  void childrenPointAtTheirParentsAndParentsListTheirChildren() {
    long withBothParents = 0;
    for (Person child : population.persons()) {
      Relationer r = child.relationer();
      if (r.mor() != null) {
        Person mother = person(r.mor().personnummer());
        assertThat(mother.persondata().koen()).isEqualTo("K");
        assertThat(mother.relationer().barn()).extracting(PersonRelation::personnummer).contains(child.personnummer());
        assertThat(ageAtBirth(mother, child)).as("mother's age at the birth").isBetween(18, 46);
      }
      if (r.far() != null) {
        Person father = person(r.far().personnummer());
        assertThat(father.persondata().koen()).isEqualTo("M");
        assertThat(father.relationer().barn()).extracting(PersonRelation::personnummer).contains(child.personnummer());
        assertThat(ageAtBirth(father, child)).as("father's age at the birth").isBetween(16, 60);
      }
      if (r.mor() != null && r.far() != null) {
        withBothParents++;
      }
    }
    for (Person parent : population.persons()) {
      for (PersonRelation barn : parent.relationer().barn()) {
        Relationer childRelations = person(barn.personnummer()).relationer();
        assertThat(Stream.of(childRelations.mor(), childRelations.far()).filter(Objects::nonNull)
            .map(PersonRelation::personnummer)).contains(parent.personnummer());
        assertThat(barn.relationStartdato()).isEqualTo(person(barn.personnummer()).persondata().foedselsdato());
      }
    }
    assertThat(withBothParents).isGreaterThan(population.size() / 10);
  }

  @Test
  void childrenUnder18HaveCustodyHoldersAndLiveWithOneOfThem() {
    long children = 0;
    for (Person child : population.persons()) {
      if (age(child) >= 18 || !active(child)) {
        continue;
      }
      children++;
      List<Relationer.Foraeldremyndighed> holders = child.relationer().foraeldremyndighed();
      assertThat(holders).isNotEmpty();
      boolean livesWithAHolder = false;
      for (Relationer.Foraeldremyndighed holder : holders) {
        PersonRelation parent = switch (holder.foraeldremyndighedtype()) {
          case "Mor" -> child.relationer().mor();
          case "Far" -> child.relationer().far();
          default -> throw new AssertionError("unexpected custody type " + holder.foraeldremyndighedtype());
        };
        assertThat(parent).isNotNull();
        assertThat(holder.personnummer()).isEqualTo(parent.personnummer());
        Person holderPerson = person(holder.personnummer());
        livesWithAHolder |= active(holderPerson)
            && PopulationTest.key(holderPerson.adresse().aktuelAdresse()).equals(PopulationTest.key(child.adresse().aktuelAdresse()));
      }
      assertThat(livesWithAHolder).as("lives with a custody holder").isTrue();
    }
    assertThat(children).isGreaterThan(population.size() / 10);
    assertThat(population.persons()).filteredOn(p -> age(p) >= 18)
        .allMatch(p -> p.relationer().foraeldremyndighed().isEmpty());
  }

  @Test
  void theDeadHaveStatus90CivilStatusDAndNoAddress() {
    List<Person> dead = population.persons().stream()
        .filter(p -> p.persondata().status().status().equals(Persondata.Status.DOED)).toList();

    assertThat(dead).hasSizeGreaterThan(10);
    for (Person p : dead) {
      assertThat(p.persondata().status().statusdato()).isNotNull();
      assertThat(p.persondata().civilstand().civilstandKode()).isEqualTo("D");
      assertThat(p.persondata().civilstand().civilstandsdato()).isEqualTo(p.persondata().status().statusdato());
      assertThat(p.adresse()).isNull();
      assertThat(p.persondata().tilmeldtDigitalpost()).isFalse();
    }
  }

  @Test
  void emigrantsHaveStatus80EmigrationDetailsAndNoDanishAddress() {
    List<Person> emigrated = population.persons().stream()
        .filter(p -> p.persondata().status().status().equals(Persondata.Status.UDREJST)).toList();

    assertThat(emigrated).hasSizeGreaterThan(10);
    for (Person p : emigrated) {
      assertThat(p.adresse().aktuelAdresse()).isNull();
      assertThat(p.adresse().udrejseoplysninger().udrejselandekode()).matches("[A-Z]{2}");
      assertThat(p.adresse().udrejseoplysninger().udrejsedato()).isEqualTo(p.persondata().status().statusdato());
      assertThat(Period.between(p.persondata().foedselsdato(), p.adresse().udrejseoplysninger().udrejsedato()).getYears())
          .isGreaterThanOrEqualTo(17);
    }
  }

  @Test
  void everyoneElseIsActiveWithADanishAddress() {
    for (Person p : population.persons()) {
      String status = p.persondata().status().status();
      assertThat(status).isIn(Persondata.Status.AKTIV, Persondata.Status.UDREJST, Persondata.Status.DOED);
      if (status.equals(Persondata.Status.AKTIV)) {
        assertThat(p.adresse().aktuelAdresse()).isNotNull();
        assertThat(p.adresse().udrejseoplysninger()).isNull();
      }
    }
  }

  @Test
  void widowsHaveADateAndSomeHaveTheirDeceasedSpouseInThePopulation() {
    List<Person> widowed = population.persons().stream()
        .filter(p -> p.persondata().civilstand().civilstandKode().equals("E")).toList();

    assertThat(widowed).isNotEmpty().allMatch(p -> p.persondata().civilstand().civilstandsdato() != null);
    long deadSameDay = population.persons().stream()
        .filter(p -> p.persondata().civilstand().civilstandKode().equals("D"))
        .filter(d -> widowed.stream().anyMatch(w ->
            w.persondata().civilstand().civilstandsdato().equals(d.persondata().status().statusdato())))
        .count();
    assertThat(deadSameDay).isGreaterThan(10);
  }

  @Test
  void digitalPostOnlyFrom15AndSomeAdultsAreExempt() {
    assertThat(population.persons()).filteredOn(p -> age(p) < 15)
        .allMatch(p -> !p.persondata().tilmeldtDigitalpost() && !p.persondata().tilmeldtNemsms());
    assertThat(population.persons()).filteredOn(p -> age(p) >= 15 && active(p))
        .anyMatch(p -> !p.persondata().tilmeldtDigitalpost())
        .anyMatch(p -> p.persondata().tilmeldtNemsms());
  }

  private Person person(String cpr) {
    return population.find(cpr).orElseThrow(() -> new AssertionError("dangling relation"));
  }

  private static boolean active(Person p) {
    return p.persondata().status().status().equals(Persondata.Status.AKTIV);
  }

  private static int ageAtBirth(Person parent, Person child) {
    return Period.between(parent.persondata().foedselsdato(), child.persondata().foedselsdato()).getYears();
  }
}
