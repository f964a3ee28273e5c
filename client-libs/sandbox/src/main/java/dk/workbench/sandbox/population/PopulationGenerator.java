package dk.workbench.sandbox.population;

import dk.workbench.contracts.cpr.CprNumber;
import dk.workbench.contracts.cpr.Person;
import dk.workbench.contracts.cpr.Persondata;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * Draws the population household by household from {@link Random} streams derived from the
 * seed (the JDK specifies Random's algorithm, so a seed gives the same people on every JVM).
 * The archetypes come first, from a stream of their own, so that their CPR numbers do not
 * change when the rest of the population is drawn differently; then their relatives, then
 * households until the population is large enough.
 *
 * <p>Rules kept throughout, and checked by the tests: spouses point at each other, share an
 * address and civil status G with the same date; children point at their mother and father,
 * who list them as {@code barn}; children under 18 have custody holders and live with one of
 * them; a widow(er) is E and the deceased spouse D (status 90, no address); emigrants are
 * status 80 with no Danish address; no two households share an address.
 */
final class PopulationGenerator {
  record Result(List<Person> persons, List<Population.ArchetypeMember> archetypes) {}

  private static final String[] MONTHS = {
      "januar", "februar", "marts", "april", "maj", "juni",
      "juli", "august", "september", "oktober", "november", "december"};

  private static final Map<String, String> COUNTRIES = Map.of(
      "SE", "Sverige", "NO", "Norge", "DE", "Tyskland", "GB", "Storbritannien", "US", "USA",
      "ES", "Spanien", "NL", "Nederlandene", "FR", "Frankrig", "AU", "Australien", "CH", "Schweiz");

  /** Iteration order must not depend on a hash map. */
  private static final List<String> COUNTRY_CODES = List.of("SE", "NO", "DE", "GB", "US", "ES", "NL", "FR", "AU", "CH");

  private final long seed;
  private final LocalDate today;
  private final int minimumSize;
  private final DanishAddresses addresses;
  private final CprAllocator cprs;
  private final List<PersonDraft> drafts = new ArrayList<>();
  private final List<Population.ArchetypeMember> members = new ArrayList<>();
  /** Relatives of archetype persons, settled after the archetypes so that those stay put when household code changes. */
  private final List<Runnable> relatives = new ArrayList<>();
  /** The current stream: one for the archetypes, another for everyone else. */
  private Random rng;

  PopulationGenerator(long seed, LocalDate today, int minimumSize) {
    this.seed = seed;
    this.today = today;
    this.minimumSize = minimumSize;
    this.addresses = new DanishAddresses(() -> rng);
    this.cprs = new CprAllocator(() -> rng);
  }

  Result run() {
    rng = new Random(seed);
    archetypes();
    rng = new Random(seed * 0x9E3779B97F4A7C15L + 0x2545F4914F6CDD1DL);
    relatives.forEach(Runnable::run);
    while (drafts.size() < minimumSize) {
      settle(newPerson(birthDateForAge(adultAge()), rng.nextBoolean(), null, true), 0);
    }
    List<Person> persons = new ArrayList<>(drafts.size());
    for (PersonDraft d : drafts) {
      persons.add(d.toPerson());
    }
    return new Result(persons, members);
  }

  // ---------------------------------------------------------------- archetypes

  private void archetypes() {
    // protected-address: a woman living alone, and a single mother who shares the protection with her child
    PersonDraft hidden = newPerson(birthDateForAge(38), false, null, false);
    home(hidden, null);
    hidden.adressebeskyttelse = new Persondata.Adressebeskyttelse(dateBetween(today.minusYears(6), today.minusMonths(3)), null);
    LocalDate hiddenBorn = hidden.birthDate;
    member(hidden, Archetype.PROTECTED_ADDRESS,
        d -> "Navne- og adressebeskyttelse, kvinde, " + age(hiddenBorn, d) + " år, bor alene");

    PersonDraft hiddenMother = newPerson(birthDateForAge(34), false, null, false);
    LocalDate protectedSince = dateBetween(today.minusYears(3), today.minusMonths(2));
    DanishAddresses.Address shelter = addresses.next();
    hiddenMother.moveTo(shelter, protectedSince);
    PersonDraft hiddenChild = newChild(hiddenMother, null, 6, hiddenMother.efternavn);
    hiddenChild.moveTo(shelter, protectedSince);
    hiddenChild.custody.add(new PersonDraft.Custody(hiddenMother, "Mor", hiddenChild.birthDate));
    hiddenMother.adressebeskyttelse = new Persondata.Adressebeskyttelse(protectedSince, null);
    hiddenChild.adressebeskyttelse = new Persondata.Adressebeskyttelse(protectedSince, null);
    LocalDate hiddenMotherBorn = hiddenMother.birthDate;
    LocalDate hiddenChildBorn = hiddenChild.birthDate;
    member(hiddenMother, Archetype.PROTECTED_ADDRESS,
        d -> "Navne- og adressebeskyttelse, enlig mor, " + age(hiddenMotherBorn, d) + " år, bor med sit barn ("
            + age(hiddenChildBorn, d) + " år), som også er beskyttet");

    // under-guardianship: a young man with a lawyer as guardian, and a widow whose son is her guardian
    PersonDraft ward = newPerson(birthDateForAge(34), true, null, false);
    home(ward, null);
    ward.umyndiggoerelse = new Persondata.Umyndiggoerelse(
        dateBetween(ward.birthDate.plusYears(18), today.minusYears(3)), "Advokat " + guardianName());
    LocalDate wardBorn = ward.birthDate;
    member(ward, Archetype.UNDER_GUARDIANSHIP,
        d -> "Under værgemål (umyndiggjort), mand, " + age(wardBorn, d) + " år, bor alene; værge er en advokat");

    PersonDraft oldWard = newPerson(birthDateForAge(86), false, null, false);
    widowed(oldWard, dateBetween(today.minusYears(9), today.minusYears(2)));
    home(oldWard, null);
    PersonDraft son = newPerson(birthDateForAge(58), true, oldWard.efternavn, false);
    link(son, oldWard, null);
    LocalDate guardedSince = dateBetween(today.minusYears(4), today.minusMonths(2));
    relatives.add(() -> {
      settle(son, 2);
      oldWard.umyndiggoerelse = new Persondata.Umyndiggoerelse(guardedSince, son.fullName());
    });
    LocalDate oldWardBorn = oldWard.birthDate;
    member(oldWard, Archetype.UNDER_GUARDIANSHIP,
        d -> "Under værgemål (umyndiggjort), enke, " + age(oldWardBorn, d) + " år; værge er hendes søn");

    // exempt-digital-post: an old widow and a man of working age
    PersonDraft paperOnly = newPerson(birthDateForAge(88), false, null, false);
    widowed(paperOnly, dateBetween(today.minusYears(12), today.minusYears(1)));
    home(paperOnly, null);
    paperOnly.tilmeldtDigitalpost = false;
    paperOnly.tilmeldtNemsms = false;
    LocalDate paperOnlyBorn = paperOnly.birthDate;
    member(paperOnly, Archetype.EXEMPT_DIGITAL_POST,
        d -> "Fritaget for Digital Post, enke, " + age(paperOnlyBorn, d) + " år, bor alene");

    PersonDraft paperMan = newPerson(birthDateForAge(45), true, null, false);
    home(paperMan, null);
    paperMan.tilmeldtDigitalpost = false;
    paperMan.tilmeldtNemsms = false;
    LocalDate paperManBorn = paperMan.birthDate;
    member(paperMan, Archetype.EXEMPT_DIGITAL_POST,
        d -> "Fritaget for Digital Post, mand, " + age(paperManBorn, d) + " år");

    // deceased: a man who died last year, survived by his wife (a single pensioner) and two adult children
    LocalDate death = dateBetween(today.minusMonths(11), today.minusMonths(2));
    PersonDraft late = newPerson(death.minusYears(84).minusDays(between(1, 300)), true, null, false);
    PersonDraft widow = newPerson(late.birthDate.plusYears(3).plusDays(between(1, 200)), false, late.efternavn, false);
    LocalDate wedding = dateBetween(widow.birthDate.plusYears(20), widow.birthDate.plusYears(24));
    home(widow, wedding.plusMonths(between(1, 30)).plusYears(10));
    die(late, death);
    widowed(widow, death);
    relatives.add(() -> spawnAdultChildren(widow, late, 2, 1));
    int ageAtDeath = late.ageOn(death);
    member(late, Archetype.DECEASED,
        d -> "Død " + danishDate(death) + ", " + ageAtDeath + " år; efterlader enke og voksne børn");
    LocalDate widowBorn = widow.birthDate;
    member(widow, Archetype.SINGLE_PENSIONER,
        d -> "Enlig folkepensionist (enke), " + age(widowBorn, d) + " år; ægtefællen døde " + danishDate(death));

    LocalDate death2 = dateBetween(today.minusYears(3), today.minusYears(2));
    PersonDraft late2 = newPerson(death2.minusYears(92).minusDays(between(1, 300)), false, null, false);
    die(late2, death2);
    int ageAtDeath2 = late2.ageOn(death2);
    member(late2, Archetype.DECEASED, d -> "Død " + danishDate(death2) + ", " + ageAtDeath2 + " år");

    // emigrated: a daughter who moved to Sweden (her parents live in Denmark), and a man who moved to Germany
    PersonDraft mother = newPerson(birthDateForAge(62), false, null, false);
    PersonDraft father = newPerson(birthDateForAge(64), true, null, false);
    LocalDate married = dateBetween(mother.birthDate.plusYears(22), mother.birthDate.plusYears(27));
    marry(mother, father, married);
    DanishAddresses.Address parents = addresses.next();
    mother.moveTo(parents, married.plusYears(3));
    father.moveTo(parents, married.plusYears(3));
    PersonDraft emigrant = newPerson(birthDateForAge(31), false, father.efternavn, false);
    link(emigrant, mother, father);
    emigrate(emigrant, "SE", dateBetween(today.minusYears(2), today.minusMonths(4)));
    PersonDraft brother = newPerson(birthDateForAge(34), true, father.efternavn, false);
    link(brother, mother, father);
    relatives.add(() -> settle(brother, 2));
    LocalDate emigrantBorn = emigrant.birthDate;
    LocalDate emigrantLeft = emigrant.udrejsedato;
    member(emigrant, Archetype.EMIGRATED,
        d -> "Udrejst til " + countryName("SE") + " " + danishDate(emigrantLeft) + ", kvinde, " + age(emigrantBorn, d)
            + " år; forældrene bor i Danmark");
    PersonDraft emigrant2 = newPerson(birthDateForAge(45), true, null, false);
    emigrate(emigrant2, "DE", dateBetween(today.minusYears(8), today.minusYears(5)));
    LocalDate emigrant2Born = emigrant2.birthDate;
    LocalDate emigrant2Left = emigrant2.udrejsedato;
    member(emigrant2, Archetype.EMIGRATED,
        d -> "Udrejst til " + countryName("DE") + " " + danishDate(emigrant2Left) + ", mand, " + age(emigrant2Born, d) + " år");

    // single-pensioner: besides the widow above, a divorced man and a woman who never married
    PersonDraft divorced = newPerson(birthDateForAge(78), true, null, false);
    divorced.civilstand = "F";
    divorced.civilstandsdato = dateBetween(divorced.birthDate.plusYears(35), divorced.birthDate.plusYears(60));
    home(divorced, divorced.civilstandsdato.plusMonths(3));
    LocalDate divorcedBorn = divorced.birthDate;
    member(divorced, Archetype.SINGLE_PENSIONER,
        d -> "Enlig folkepensionist (fraskilt), mand, " + age(divorcedBorn, d) + " år, bor alene");
    PersonDraft spinster = newPerson(birthDateForAge(72), false, null, false);
    home(spinster, null);
    LocalDate spinsterBorn = spinster.birthDate;
    member(spinster, Archetype.SINGLE_PENSIONER,
        d -> "Enlig folkepensionist (ugift), kvinde, " + age(spinsterBorn, d) + " år, bor alene");

    // pensioner-couple
    PersonDraft oldHusband = newPerson(birthDateForAge(74), true, null, false);
    PersonDraft oldWife = newPerson(birthDateForAge(71), false, null, false);
    coupleAt(oldHusband, oldWife, dateBetween(oldWife.birthDate.plusYears(21), oldWife.birthDate.plusYears(26)), true);
    relatives.add(() -> spawnAdultChildren(oldWife, oldHusband, 2, 1));
    LocalDate oldHusbandBorn = oldHusband.birthDate;
    LocalDate oldWifeBorn = oldWife.birthDate;
    member(oldHusband, Archetype.PENSIONER_COUPLE,
        d -> "Folkepensionist, " + age(oldHusbandBorn, d) + " år, gift med folkepensionist (" + age(oldWifeBorn, d) + " år)");
    member(oldWife, Archetype.PENSIONER_COUPLE,
        d -> "Folkepensionist, " + age(oldWifeBorn, d) + " år, gift med folkepensionist (" + age(oldHusbandBorn, d) + " år)");

    // pensioner-working-spouse
    PersonDraft pensioner = newPerson(birthDateForAge(68), true, null, false);
    PersonDraft worker = newPerson(birthDateForAge(56), false, null, false);
    coupleAt(pensioner, worker, dateBetween(today.minusYears(25), today.minusYears(15)), true);
    LocalDate pensionerBorn = pensioner.birthDate;
    LocalDate workerBorn = worker.birthDate;
    member(pensioner, Archetype.PENSIONER_WORKING_SPOUSE,
        d -> "Folkepensionist, " + age(pensionerBorn, d) + " år, gift med en ægtefælle under pensionsalderen ("
            + age(workerBorn, d) + " år)");
    member(worker, Archetype.PENSIONER_WORKING_SPOUSE,
        d -> "Under pensionsalderen, " + age(workerBorn, d) + " år, gift med en folkepensionist ("
            + age(pensionerBorn, d) + " år)");

    // family-with-children: a married couple with three children, and an unmarried couple with one
    PersonDraft dad = newPerson(birthDateForAge(40), true, null, false);
    PersonDraft mum = newPerson(birthDateForAge(38), false, null, false);
    familyAt(mum, dad, true, List.of(7, 4, 1));
    List<PersonDraft> kids = List.copyOf(mum.children);
    LocalDate dadBorn = dad.birthDate;
    List<LocalDate> kidBirths = kids.stream().map(k -> k.birthDate).toList();
    member(dad, Archetype.FAMILY_WITH_CHILDREN,
        d -> "Gift far, " + age(dadBorn, d) + " år, bor med ægtefælle og " + kidBirths.size() + " børn under 18 ("
            + ages(kidBirths, d) + " år)");
    LocalDate mumBorn = mum.birthDate;
    member(mum, Archetype.FAMILY_WITH_CHILDREN,
        d -> "Gift mor, " + age(mumBorn, d) + " år, bor med ægtefælle og " + kidBirths.size() + " børn under 18 ("
            + ages(kidBirths, d) + " år)");
    PersonDraft youngMum = newPerson(birthDateForAge(29), false, null, false);
    PersonDraft youngDad = newPerson(birthDateForAge(31), true, null, false);
    familyAt(youngMum, youngDad, false, List.of(2));
    PersonDraft toddler = youngMum.children.get(0);
    LocalDate youngMumBorn = youngMum.birthDate;
    LocalDate toddlerBorn = toddler.birthDate;
    member(youngMum, Archetype.FAMILY_WITH_CHILDREN,
        d -> "Samlevende mor, " + age(youngMumBorn, d) + " år, ugift, bor med barnets far og et barn ("
            + age(toddlerBorn, d) + " år)");

    // shared-custody: divorced parents at two addresses, both with custody; the children live with their mother
    PersonDraft exWife = newPerson(birthDateForAge(39), false, null, false);
    PersonDraft exHusband = newPerson(birthDateForAge(41), true, null, false);
    LocalDate exWedding = dateBetween(exWife.birthDate.plusYears(24), exWife.birthDate.plusYears(27));
    marry(exWife, exHusband, exWedding);
    LocalDate separated = dateBetween(today.minusYears(4), today.minusYears(2));
    divorce(exWife, exHusband, separated);
    DanishAddresses.Address motherHome = addresses.next();
    DanishAddresses.Address fatherHome = addresses.next();
    exWife.moveTo(motherHome, separated);
    exHusband.moveTo(fatherHome, separated);
    PersonDraft child = newChild(exWife, exHusband, 9, exHusband.efternavn);
    PersonDraft sibling = newChild(exWife, exHusband, 6, exHusband.efternavn);
    for (PersonDraft c : List.of(child, sibling)) {
      c.moveTo(motherHome, separated);
      jointCustody(c, exWife, exHusband);
    }
    PersonDraft stepmother = newPerson(birthDateForAge(37), false, null, false);
    stepmother.moveTo(fatherHome, separated.plusMonths(between(6, 18)));
    LocalDate childBorn = child.birthDate;
    member(child, Archetype.SHARED_CUSTODY,
        d -> "Barn, " + age(childBorn, d) + " år, fælles forældremyndighed; bor hos mor, far bor på en anden adresse");
    LocalDate exWifeBorn = exWife.birthDate;
    member(exWife, Archetype.SHARED_CUSTODY,
        d -> "Fraskilt mor, " + age(exWifeBorn, d) + " år, fælles forældremyndighed over 2 børn, som bor hos hende");
    LocalDate exHusbandBorn = exHusband.birthDate;
    member(exHusband, Archetype.SHARED_CUSTODY,
        d -> "Fraskilt far, " + age(exHusbandBorn, d) + " år, fælles forældremyndighed over 2 børn, som bor hos deres mor");

    // heavy-history: a long life of public-sector contact, for volume tests
    PersonDraft heavy = newPerson(birthDateForAge(81), true, null, false);
    heavy.tilmeldtDigitalpost = true;
    home(heavy, null);
    LocalDate heavyBorn = heavy.birthDate;
    member(heavy, Archetype.HEAVY_HISTORY,
        d -> "Folkepensionist, mand, " + age(heavyBorn, d)
            + " år, bor alene; 10.000 beskeder i Digital Post og 1.000.000 linjer i adgangsloggen");
  }

  private void member(PersonDraft person, Archetype archetype, Function<LocalDate, String> description) {
    members.add(new Population.ArchetypeMember(person.cpr.value(), archetype, description));
  }

  // ---------------------------------------------------------------- households

  /** Places an adult in a household that fits the age: alone, as a couple, a family, split up or abroad. */
  private void settle(PersonDraft p, int depth) {
    int age = p.ageOn(today);
    int r = rng.nextInt(100);
    if (age < 30) {
      if (r < 5) {
        emigrate(p, null, null);
      } else if (r < 55 || (r >= 80 && age < 22)) {
        alone(p, depth);
      } else if (r < 80) {
        couple(p, chance(30), depth);
      } else {
        family(p, chance(50), depth);
      }
    } else if (age < 50) {
      if (r < 2) {
        emigrate(p, null, null);
      } else if (r < 17) {
        alone(p, depth);
      } else if (r < 35) {
        couple(p, chance(60), depth);
      } else if (r < 88) {
        family(p, chance(65), depth);
      } else {
        splitFamily(p);
      }
    } else if (age < Population.PENSION_AGE) {
      if (r < 35) {
        alone(p, depth);
      } else if (r < 45) {
        family(p, true, depth);
      } else {
        couple(p, chance(80), depth);
      }
    } else if (r < 50) {
      alone(p, depth);
    } else {
      couple(p, chance(92), depth);
    }
  }

  private void alone(PersonDraft p, int depth) {
    int age = p.ageOn(today);
    PersonDraft lateSpouse = null;
    if (age >= 30) {
      int r = rng.nextInt(100);
      boolean old = age >= Population.PENSION_AGE;
      if (old && r < 45) {
        LocalDate death = dateBetween(today.minusYears(Math.min(20, age - 50)), today.minusMonths(1));
        if (chance(55)) {
          int spouseAge = p.male ? age - between(0, 5) : age + between(0, 5);
          lateSpouse = newPerson(birthDateForAge(spouseAge), !p.male, p.efternavn, false);
          die(lateSpouse, death);
        }
        widowed(p, death);
      } else if (r < (old ? 70 : 45)) {
        p.civilstand = "F";
        p.civilstandsdato = dateBetween(p.birthDate.plusYears(25), today.minusMonths(2));
      }
    }
    home(p, null);
    if (chance(1)) {
      p.adressebeskyttelse = new Persondata.Adressebeskyttelse(dateBetween(today.minusYears(8), today.minusMonths(1)), null);
    }
    if (age < Population.PENSION_AGE && chance(1)) {
      p.umyndiggoerelse = new Persondata.Umyndiggoerelse(
          dateBetween(p.birthDate.plusYears(18), today.minusMonths(1)),
          p.mor != null && Persondata.Status.AKTIV.equals(p.mor.status) ? p.mor.fullName() : "Advokat " + guardianName());
    }
    if (age >= 50 && depth < 2 && chance(55)) {
      PersonDraft mother = p.male ? lateSpouse : p;
      PersonDraft father = p.male ? p : lateSpouse;
      spawnAdultChildren(mother, father, between(1, 3), depth);
    }
  }

  private void couple(PersonDraft p, boolean married, int depth) {
    boolean sameSex = chance(3);
    PersonDraft partner = newPerson(birthDateForAge(partnerAge(p, sameSex)), sameSex == p.male, null, true);
    LocalDate from = later(p.birthDate, partner.birthDate).plusYears(20);
    coupleAt(p, partner, dateBetween(from, today.minusMonths(1)), married);
    int oldest = Math.max(p.ageOn(today), partner.ageOn(today));
    if (!sameSex && oldest >= 50 && depth < 2 && chance(65)) {
      PersonDraft mother = p.male ? partner : p;
      PersonDraft father = p.male ? p : partner;
      spawnAdultChildren(mother, father, between(1, 3), depth);
    }
  }

  /** Two adults at a new address from {@code together}; married (G) or living together unmarried. */
  private void coupleAt(PersonDraft a, PersonDraft b, LocalDate together, boolean married) {
    if (married) {
      marry(a, b, together);
    } else {
      for (PersonDraft p : List.of(a, b)) {
        if (p.ageOn(today) >= 35 && chance(40)) {
          p.civilstand = "F";
          p.civilstandsdato = dateBetween(p.birthDate.plusYears(24), together);
        }
      }
    }
    DanishAddresses.Address home = addresses.next();
    LocalDate movedIn = married ? dateBetween(together, together.plusYears(2)) : together;
    a.moveTo(home, earlier(movedIn, today.minusDays(1)));
    b.moveTo(home, earlier(movedIn, today.minusDays(1)));
  }

  private void family(PersonDraft p, boolean married, int depth) {
    int partnerAge = partnerAge(p, false);
    int motherAge = p.male ? partnerAge : p.ageOn(today);
    int eldest = Math.min(17, motherAge - 20);
    int youngest = Math.max(0, motherAge - 44);
    if (eldest < youngest) {
      couple(p, married, depth);
      return;
    }
    PersonDraft partner = newPerson(birthDateForAge(partnerAge), !p.male, null, true);
    PersonDraft mother = p.male ? partner : p;
    PersonDraft father = p.male ? p : partner;
    List<Integer> ages = childAges(weightedChildCount(), youngest, eldest);
    List<PersonDraft> household = familyAt(mother, father, married, ages);
    if (chance(1)) {
      LocalDate since = dateBetween(today.minusYears(5), today.minusMonths(1));
      for (PersonDraft member : household) {
        member.adressebeskyttelse = new Persondata.Adressebeskyttelse(later(since, member.birthDate), null);
      }
    }
  }

  /**
   * Mother, father and their children (ages as given, all under 18) at a new address, with
   * joint custody; returns the household.
   */
  private List<PersonDraft> familyAt(PersonDraft mother, PersonDraft father, boolean married, List<Integer> childAges) {
    int eldest = childAges.stream().mapToInt(Integer::intValue).max().orElse(0);
    LocalDate eldestBirth = today.minusYears(eldest + 1L);
    LocalDate earliest = later(mother.birthDate, father.birthDate).plusYears(19);
    LocalDate together = dateBetween(earliest, earlier(eldestBirth.minusMonths(6), today.minusMonths(1)));
    if (married) {
      marry(mother, father, dateBetween(together, earlier(eldestBirth.plusYears(4), today.minusMonths(1))));
    }
    DanishAddresses.Address home = addresses.next();
    mother.moveTo(home, together);
    father.moveTo(home, together);
    String surname = chance(80) ? father.efternavn : mother.efternavn;
    List<PersonDraft> household = new ArrayList<>(List.of(mother, father));
    for (int childAge : childAges) {
      PersonDraft child = newChild(mother, father, childAge, surname);
      child.moveTo(home, together);
      jointCustody(child, mother, father);
      household.add(child);
    }
    return household;
  }

  /** Separated parents at two addresses; the children live with one of them, custody mostly joint. */
  private void splitFamily(PersonDraft p) {
    int exAge = partnerAge(p, false);
    int motherAge = p.male ? exAge : p.ageOn(today);
    int eldest = Math.min(17, motherAge - 20);
    int youngest = Math.max(1, motherAge - 44);
    if (eldest < youngest) {
      alone(p, 2);
      return;
    }
    PersonDraft ex = newPerson(birthDateForAge(exAge), !p.male, null, true);
    PersonDraft mother = p.male ? ex : p;
    PersonDraft father = p.male ? p : ex;
    List<Integer> ages = new ArrayList<>();
    ages.add(between(youngest, eldest));
    if (chance(50) && ages.get(0) - 2 >= youngest) {
      ages.add(ages.get(0) - between(2, Math.min(5, ages.get(0) - youngest)));
    }
    int youngestChild = ages.get(ages.size() - 1);
    LocalDate separated = dateBetween(today.minusYears(youngestChild).plusMonths(6), today.minusMonths(2));
    LocalDate eldestBirth = today.minusYears(ages.get(0) + 1L);
    LocalDate wedding = dateBetween(later(mother.birthDate, father.birthDate).plusYears(20), eldestBirth);
    if (chance(55) && wedding.isBefore(separated)) {
      marry(mother, father, wedding);
      divorce(mother, father, separated);
    }
    boolean withMother = chance(75);
    PersonDraft resident = withMother ? mother : father;
    PersonDraft other = withMother ? father : mother;
    DanishAddresses.Address home = addresses.next();
    resident.moveTo(home, separated);
    other.moveTo(addresses.next(), separated);
    boolean joint = chance(85);
    for (int childAge : ages) {
      PersonDraft child = newChild(mother, father, childAge, father.efternavn);
      child.moveTo(home, separated);
      if (joint) {
        jointCustody(child, mother, father);
      } else {
        child.custody.add(new PersonDraft.Custody(resident, resident == mother ? "Mor" : "Far", separated));
      }
    }
    if (chance(30)) {
      PersonDraft newPartner = newPerson(birthDateForAge(partnerAge(other, false)), !other.male, null, true);
      newPartner.moveTo(other.address, dateBetween(separated, today.minusMonths(1)));
    }
  }

  private void emigrate(PersonDraft p, String country, LocalDate date) {
    LocalDate from = later(p.birthDate.plusYears(18), today.minusYears(12));
    LocalDate when = date != null ? date : dateBetween(from, today.minusMonths(2));
    p.status = Persondata.Status.UDREJST;
    p.statusdato = when;
    p.udrejsedato = when;
    p.udrejselandekode = country != null ? country : DanishNames.pick(rng, COUNTRY_CODES);
    p.address = null;
    p.movedIn = null;
  }

  /** One to three grown-up children of these parents (either may be null), each settled in a household of their own. */
  private void spawnAdultChildren(PersonDraft mother, PersonDraft father, int count, int depth) {
    PersonDraft parent = mother != null ? mother : father;
    int motherAge = mother != null ? mother.ageOn(today) : father.ageOn(today) - 2;
    String surname = father != null ? father.efternavn : mother.efternavn;
    int age = motherAge - between(22, 32);
    for (int i = 0; i < count && age >= 18; i++) {
      PersonDraft child = newPerson(birthDateForAge(age), rng.nextBoolean(), surname, false);
      if (child.birthDate.isBefore(parent.birthDate.plusYears(18))) {
        break;
      }
      link(child, mother, father);
      settle(child, depth + 1);
      age -= between(2, 5);
    }
  }

  // ---------------------------------------------------------------- people and relations

  private PersonDraft newPerson(LocalDate birthDate, boolean male, String surname, boolean mayLackCheckDigit) {
    LocalDate birth = birthDate;
    boolean withoutCheckDigit = false;
    if (mayLackCheckDigit) {
      LocalDate special = CprAllocator.noCheckDigitDateIn(birth.getYear());
      if (special != null && chance(1)) {
        birth = special;
        withoutCheckDigit = true;
      }
    }
    CprNumber cpr = cprs.allocate(birth, male, withoutCheckDigit);
    PersonDraft p = new PersonDraft(cpr, male);
    p.fornavn = DanishNames.givenName(rng, male, birth.getYear());
    p.mellemnavn = chance(12) ? DanishNames.middleName(rng) : null;
    p.efternavn = surname != null ? surname : DanishNames.surname(rng);
    int age = p.ageOn(today);
    p.tilmeldtDigitalpost = age >= 15 && !chance(age >= Population.PENSION_AGE ? 12 : 3);
    p.tilmeldtNemsms = p.tilmeldtDigitalpost && chance(20);
    drafts.add(p);
    return p;
  }

  private PersonDraft newChild(PersonDraft mother, PersonDraft father, int age, String surname) {
    PersonDraft child = newPerson(birthDateForAge(age), rng.nextBoolean(), surname, false);
    if (mother != null && !mother.efternavn.equals(surname) && child.mellemnavn == null && chance(30)) {
      child.mellemnavn = mother.efternavn;
    }
    link(child, mother, father);
    return child;
  }

  private static void link(PersonDraft child, PersonDraft mother, PersonDraft father) {
    if (mother != null) {
      child.mor = mother;
      mother.children.add(child);
    }
    if (father != null) {
      child.far = father;
      father.children.add(child);
    }
  }

  private static void jointCustody(PersonDraft child, PersonDraft mother, PersonDraft father) {
    child.custody.add(new PersonDraft.Custody(mother, "Mor", child.birthDate));
    child.custody.add(new PersonDraft.Custody(father, "Far", child.birthDate));
  }

  /** Marries two people (G, same date, pointing at each other); a wife often takes the husband's surname. */
  private void marry(PersonDraft a, PersonDraft b, LocalDate date) {
    a.spouse = b;
    b.spouse = a;
    for (PersonDraft p : List.of(a, b)) {
      p.civilstand = "G";
      p.civilstandsdato = date;
    }
    if (a.male != b.male) {
      PersonDraft wife = a.male ? b : a;
      PersonDraft husband = a.male ? a : b;
      int r = rng.nextInt(100);
      if (r < 50 && !wife.efternavn.equals(husband.efternavn)) {
        if (wife.mellemnavn == null && chance(50)) {
          wife.mellemnavn = wife.efternavn;
        }
        wife.efternavn = husband.efternavn;
      } else if (r < 55 && !wife.efternavn.equals(husband.efternavn)) {
        husband.efternavn = wife.efternavn;
      }
    }
  }

  private static void divorce(PersonDraft a, PersonDraft b, LocalDate date) {
    a.spouse = null;
    b.spouse = null;
    a.civilstand = "F";
    b.civilstand = "F";
    a.civilstandsdato = date;
    b.civilstandsdato = date;
  }

  private static void die(PersonDraft p, LocalDate date) {
    p.status = Persondata.Status.DOED;
    p.statusdato = date;
    p.civilstand = "D";
    p.civilstandsdato = date;
    p.address = null;
    p.movedIn = null;
    p.tilmeldtDigitalpost = false;
    p.tilmeldtNemsms = false;
  }

  private static void widowed(PersonDraft p, LocalDate spouseDied) {
    p.civilstand = "E";
    p.civilstandsdato = spouseDied;
  }

  /** A new address for one person, moved in on the given day or on a day drawn after their 18th birthday. */
  private void home(PersonDraft p, LocalDate movedIn) {
    LocalDate when = movedIn != null ? movedIn : dateBetween(p.birthDate.plusYears(18), today.minusMonths(1));
    p.moveTo(addresses.next(), earlier(when, today.minusDays(1)));
  }

  // ---------------------------------------------------------------- random helpers

  private int partnerAge(PersonDraft p, boolean sameSex) {
    int age = p.ageOn(today);
    int partner;
    if (sameSex) {
      partner = age + between(-5, 5);
    } else if (p.male) {
      partner = age - between(-2, 6);
    } else {
      partner = age + between(-2, 6);
    }
    return Math.max(18, Math.min(99, partner));
  }

  /** Age of a household's first adult, roughly as Danish adults are spread over the ages. */
  private int adultAge() {
    int r = rng.nextInt(100);
    if (r < 86) {
      return between(18, 76);
    }
    if (r < 96) {
      return between(77, 86);
    }
    return r < 99 ? between(87, 94) : between(95, 101);
  }

  /** Up to {@code count} siblings' ages within the bounds, two to four years apart, eldest first. */
  private List<Integer> childAges(int count, int youngest, int eldest) {
    List<Integer> ages = new ArrayList<>();
    ages.add(between(youngest, eldest));
    for (int attempt = 0; ages.size() < count && attempt < 8; attempt++) {
      int gap = between(2, 4);
      int oldestSoFar = Collections.max(ages);
      int youngestSoFar = Collections.min(ages);
      if (chance(50) && oldestSoFar + gap <= eldest) {
        ages.add(oldestSoFar + gap);
      } else if (youngestSoFar - gap >= youngest) {
        ages.add(youngestSoFar - gap);
      }
    }
    ages.sort(Comparator.reverseOrder());
    return ages;
  }

  private int weightedChildCount() {
    int r = rng.nextInt(100);
    return r < 30 ? 1 : r < 75 ? 2 : r < 95 ? 3 : 4;
  }

  private String guardianName() {
    boolean male = rng.nextBoolean();
    String given = DanishNames.givenName(rng, male, 1975);
    return given + " " + DanishNames.surname(rng);
  }

  private LocalDate birthDateForAge(int age) {
    return today.minusYears(age).minusDays(between(1, 364));
  }

  /** A day from {@code from} to {@code to} (just {@code from} if the range is empty), never after the reference date. */
  private LocalDate dateBetween(LocalDate from, LocalDate to) {
    LocalDate drawn = from;
    if (to.isAfter(from)) {
      drawn = from.plusDays(rng.nextInt((int) ChronoUnit.DAYS.between(from, to) + 1));
    }
    return earlier(drawn, today.minusDays(1));
  }

  private int between(int low, int high) {
    return low + rng.nextInt(high - low + 1);
  }

  private boolean chance(int percent) {
    return rng.nextInt(100) < percent;
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static LocalDate earlier(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  private static int age(LocalDate born, LocalDate asOf) {
    return PersonDraft.ageOn(born, asOf);
  }

  private static String ages(List<LocalDate> births, LocalDate asOf) {
    List<String> ages = births.stream().map(b -> Integer.toString(age(b, asOf))).toList();
    if (ages.size() == 1) {
      return ages.get(0);
    }
    return String.join(", ", ages.subList(0, ages.size() - 1)) + " og " + ages.get(ages.size() - 1);
  }

  static String danishDate(LocalDate date) {
    return date.getDayOfMonth() + ". " + MONTHS[date.getMonthValue() - 1] + " " + date.getYear();
  }

  static String countryName(String code) {
    return COUNTRIES.getOrDefault(code, code);
  }
}
