package dk.workbench.sandbox.population;

import static org.assertj.core.api.Assertions.assertThat;

import dk.workbench.contracts.cpr.Adresse.AktuelAdresse;
import dk.workbench.contracts.cpr.Person;
import dk.workbench.contracts.cpr.Persondata;
import dk.workbench.contracts.cpr.Relationer;
import dk.workbench.contracts.cpr.Relationer.PersonRelation;
import dk.workbench.contracts.sandbox.ArchetypeEntry;
import dk.workbench.sandbox.testing.Populations;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every archetype is listed, and every listed person really is what the archetype says. */
class ArchetypesTest {
  private static final LocalDate DAY = Population.REFERENCE_DATE;
  private final Population population = Populations.defaultSeed();

  @ParameterizedTest
  @EnumSource(Archetype.class)
  void everyArchetypeIsListedAndItsPeopleHaveItsProperty(Archetype archetype) {
    List<ArchetypeEntry> entries = population.archetypes().stream()
        .filter(e -> e.archetype().equals(archetype.id())).toList();

    assertThat(entries).isNotEmpty();
    for (ArchetypeEntry entry : entries) {
      Person person = population.find(entry.cpr()).orElseThrow(() -> new AssertionError("listed person missing"));
      assertHasProperty(archetype, person);
    }
  }

  @Test
  void entriesUseTenDigitCprNumbersAndKnownArchetypes() {
    assertThat(population.archetypes()).allSatisfy(e -> {
      assertThat(e.cpr()).matches("\\d{10}");
      assertThat(Archetype.byId(e.archetype())).isPresent();
    });
    assertThat(population.archetypes()).extracting(e -> e.cpr() + e.archetype()).doesNotHaveDuplicates();
  }

  @Test
  void descriptionsAreDanishAndNeverContainTheCprNumber() {
    for (ArchetypeEntry e : population.archetypes()) {
      assertThat(e.description()).isNotBlank()
          .doesNotContain(e.cpr())
          .doesNotContain(e.cpr().substring(0, 6) + "-" + e.cpr().substring(6))
          .doesNotContainPattern("\\d{6}");
    }
    assertThat(population.archetypes()).anyMatch(e -> e.description().startsWith("Enlig folkepensionist"));
  }

  @Test
  void descriptionsStateThePersonsAge() {
    for (ArchetypeEntry e : population.archetypes()) {
      Person p = population.find(e.cpr()).orElseThrow();
      Matcher stated = Pattern.compile("\\b(\\d{1,3}) år\\b").matcher(e.description());
      assertThat(stated.find()).as("an age in: %s", e.description()).isTrue();
      LocalDate asOf = p.persondata().status().status().equals("90") ? p.persondata().status().statusdato() : DAY;
      assertThat(Integer.parseInt(stated.group(1))).as(e.description()).isEqualTo(age(p, asOf));
    }
  }

  @Test
  void descriptionsGiveTheAgeOnTheDayAsked() {
    LocalDate later = DAY.plusYears(3);
    List<ArchetypeEntry> now = population.archetypes();
    List<ArchetypeEntry> then = population.archetypes(later);

    assertThat(then).extracting(ArchetypeEntry::cpr).containsExactlyElementsOf(now.stream().map(ArchetypeEntry::cpr).toList());
    assertThat(then).extracting(ArchetypeEntry::archetype)
        .containsExactlyElementsOf(now.stream().map(ArchetypeEntry::archetype).toList());
    ArchetypeEntry pensioner = then.stream().filter(e -> e.archetype().equals("single-pensioner")).findFirst().orElseThrow();
    int ageThen = age(population.find(pensioner.cpr()).orElseThrow(), later);
    assertThat(pensioner.description()).contains(ageThen + " år");
    assertThat(population.archetypes(DAY)).isEqualTo(now);
  }

  @Test
  void archetypeIdsRoundTrip() {
    for (Archetype a : Archetype.values()) {
      assertThat(Archetype.byId(a.id())).contains(a);
      assertThat(a.id()).matches("[a-z]+(-[a-z]+)*");
    }
    assertThat(Archetype.byId("nobody")).isEmpty();
  }

  private void assertHasProperty(Archetype archetype, Person p) {
    Persondata d = p.persondata();
    switch (archetype) {
      case PROTECTED_ADDRESS -> {
        assertThat(d.adressebeskyttelse()).isNotNull();
        assertThat(d.adressebeskyttelse().startdato()).isNotNull();
        assertThat(active(p)).isTrue();
      }
      case UNDER_GUARDIANSHIP -> {
        assertThat(d.umyndiggoerelse()).isNotNull();
        assertThat(d.umyndiggoerelse().vaergenavn()).isNotBlank();
        assertThat(age(p, DAY)).isGreaterThanOrEqualTo(18);
      }
      case EXEMPT_DIGITAL_POST -> {
        assertThat(d.tilmeldtDigitalpost()).isFalse();
        assertThat(age(p, DAY)).isGreaterThanOrEqualTo(15);
        assertThat(active(p)).isTrue();
      }
      case DECEASED -> {
        assertThat(d.status().status()).isEqualTo("90");
        assertThat(d.status().statusdato()).isNotNull().isBeforeOrEqualTo(DAY);
        assertThat(d.civilstand().civilstandKode()).isEqualTo("D");
      }
      case EMIGRATED -> {
        assertThat(d.status().status()).isEqualTo("80");
        assertThat(p.adresse().udrejseoplysninger()).isNotNull();
        assertThat(p.adresse().udrejseoplysninger().udrejsedato()).isEqualTo(d.status().statusdato());
        assertThat(p.adresse().aktuelAdresse()).isNull();
      }
      case SINGLE_PENSIONER -> {
        assertThat(age(p, DAY)).isGreaterThanOrEqualTo(Population.PENSION_AGE);
        assertThat(d.civilstand().civilstandKode()).isIn("U", "E", "F");
        assertThat(p.relationer().aegtefaelle()).isNull();
        assertThat(active(p)).isTrue();
        assertThat(residents(p.adresse().aktuelAdresse())).as("people at the address").containsExactly(p);
      }
      case PENSIONER_COUPLE -> {
        Person spouse = spouse(p);
        assertThat(d.civilstand().civilstandKode()).isEqualTo("G");
        assertThat(age(p, DAY)).isGreaterThanOrEqualTo(Population.PENSION_AGE);
        assertThat(age(spouse, DAY)).isGreaterThanOrEqualTo(Population.PENSION_AGE);
      }
      case PENSIONER_WORKING_SPOUSE -> {
        Person spouse = spouse(p);
        assertThat(d.civilstand().civilstandKode()).isEqualTo("G");
        int older = Math.max(age(p, DAY), age(spouse, DAY));
        int younger = Math.min(age(p, DAY), age(spouse, DAY));
        assertThat(older).isGreaterThanOrEqualTo(Population.PENSION_AGE);
        assertThat(younger).isLessThan(Population.PENSION_AGE).isGreaterThanOrEqualTo(18);
      }
      case FAMILY_WITH_CHILDREN -> {
        List<Person> household = residents(p.adresse().aktuelAdresse());
        List<Person> childrenHere = household.stream()
            .filter(c -> age(c, DAY) < 18)
            .filter(c -> p.relationer().barn().stream().anyMatch(b -> b.personnummer().equals(c.personnummer())))
            .toList();
        assertThat(childrenHere).isNotEmpty();
        Person child = childrenHere.get(0);
        assertThat(household).as("both parents live with the child").extracting(Person::personnummer)
            .contains(child.relationer().mor().personnummer(), child.relationer().far().personnummer());
        assertThat(household.stream().filter(h -> age(h, DAY) >= 18).count()).isEqualTo(2);
      }
      case SHARED_CUSTODY -> {
        Person child = age(p, DAY) < 18 ? p : p.relationer().barn().stream()
            .map(b -> population.find(b.personnummer()).orElseThrow())
            .filter(c -> age(c, DAY) < 18)
            .findFirst().orElseThrow(() -> new AssertionError("no child under 18"));
        List<Relationer.Foraeldremyndighed> holders = child.relationer().foraeldremyndighed();
        assertThat(holders).extracting(Relationer.Foraeldremyndighed::foraeldremyndighedtype)
            .containsExactlyInAnyOrder("Mor", "Far");
        Person mor = population.find(holders.get(0).personnummer()).orElseThrow();
        Person far = population.find(holders.get(1).personnummer()).orElseThrow();
        assertThat(key(mor.adresse().aktuelAdresse())).isNotEqualTo(key(far.adresse().aktuelAdresse()));
        assertThat(List.of(key(mor.adresse().aktuelAdresse()), key(far.adresse().aktuelAdresse())))
            .contains(key(child.adresse().aktuelAdresse()));
        if (p != child) {
          assertThat(holders).extracting(Relationer.Foraeldremyndighed::personnummer).contains(p.personnummer());
        }
      }
      case HEAVY_HISTORY -> {
        assertThat(age(p, DAY)).isGreaterThanOrEqualTo(Population.PENSION_AGE);
        assertThat(active(p)).isTrue();
        assertThat(d.tilmeldtDigitalpost()).isTrue();
      }
      default -> throw new AssertionError("untested archetype " + archetype);
    }
  }

  private Person spouse(Person p) {
    PersonRelation relation = Optional.ofNullable(p.relationer().aegtefaelle())
        .orElseThrow(() -> new AssertionError("no spouse"));
    Person spouse = population.find(relation.personnummer()).orElseThrow();
    assertThat(key(spouse.adresse().aktuelAdresse())).isEqualTo(key(p.adresse().aktuelAdresse()));
    return spouse;
  }

  private List<Person> residents(AktuelAdresse address) {
    return population.persons().stream()
        .filter(o -> o.adresse() != null && o.adresse().aktuelAdresse() != null)
        .filter(o -> key(o.adresse().aktuelAdresse()).equals(key(address)))
        .toList();
  }

  private static boolean active(Person p) {
    return p.persondata().status().status().equals(Persondata.Status.AKTIV);
  }

  private static String key(AktuelAdresse a) {
    return PopulationTest.key(a);
  }

  private static int age(Person p, LocalDate day) {
    return Period.between(p.persondata().foedselsdato(), day).getYears();
  }
}
