package dk.workbench.sandbox.cpr;

import dk.workbench.contracts.cpr.Adresse;
import dk.workbench.contracts.cpr.Kontaktoplysninger;
import dk.workbench.contracts.cpr.Kontaktoplysninger.Telefonnummer;
import dk.workbench.contracts.cpr.Person;
import dk.workbench.contracts.cpr.Persondata;
import dk.workbench.sandbox.population.Population;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Deterministic Danish phone numbers for the population (eight digits; the same seed gives the
 * same numbers): a mobile number for nearly everyone alive in Denmark aged 12 or more, and a
 * landline for about a third of the households, shared by the adults living there. No two
 * mobiles and no two households share a number. Immutable once built.
 */
final class PhoneBook {
  private static final int[] MOBILE_PREFIXES = {20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 40, 41, 42, 50, 51,
      52, 53, 60, 61, 71, 81, 91, 92, 93};
  private static final int[] LANDLINE_PREFIXES = {32, 33, 35, 36, 38, 39, 43, 44, 45, 46, 47, 48, 49, 54, 56, 57, 58,
      59, 62, 63, 64, 65, 66, 74, 75, 76, 86, 87, 89, 96, 97, 98, 99};
  private static final int MOBILE_FROM_AGE = 12;
  private static final int ADULT = 18;

  private final Map<String, Kontaktoplysninger> byCpr = new HashMap<>();
  private final Map<String, List<String>> byNumber = new HashMap<>();

  PhoneBook(Population population) {
    long seed = population.seed();
    Set<String> taken = new HashSet<>();
    Map<String, Optional<String>> landlines = new HashMap<>();
    for (Person person : population.persons()) {
      List<Telefonnummer> numbers = new ArrayList<>(2);
      Persondata data = person.persondata();
      boolean living = Persondata.Status.AKTIV.equals(data.status().status());
      int age = ageOn(data, population.referenceDate());
      SplittableRandom random = new SplittableRandom(seed * 31 + person.personnummer().hashCode());
      if (living && age >= MOBILE_FROM_AGE && random.nextInt(100) < 97) {
        numbers.add(new Telefonnummer(draw(random, MOBILE_PREFIXES, taken), Telefonnummer.MOBIL));
      }
      Adresse.AktuelAdresse home = person.adresse() == null ? null : person.adresse().aktuelAdresse();
      if (living && age >= ADULT && home != null) {
        String household = home.standardadresse() + "|" + home.postnummer();
        landlines.computeIfAbsent(household, h -> {
          SplittableRandom r = new SplittableRandom(seed * 31 + h.hashCode());
          return r.nextInt(100) < 33 ? Optional.of(draw(r, LANDLINE_PREFIXES, taken)) : Optional.empty();
        }).ifPresent(n -> numbers.add(new Telefonnummer(n, Telefonnummer.FASTNET)));
      }
      byCpr.put(person.personnummer(), new Kontaktoplysninger(numbers));
      for (Telefonnummer n : numbers) {
        byNumber.computeIfAbsent(n.nummer(), k -> new ArrayList<>(1)).add(person.personnummer());
      }
    }
  }

  /** A person's numbers (an empty list for an unknown person). */
  Kontaktoplysninger of(String cpr) {
    return byCpr.getOrDefault(cpr, new Kontaktoplysninger(List.of()));
  }

  /** The CPR numbers of everyone reachable on an eight-digit number, in population order. */
  List<String> find(String eightDigits) {
    return byNumber.getOrDefault(eightDigits, List.of());
  }

  /**
   * A phone number as people write it, reduced to its eight digits: {@code +45}, {@code 0045}
   * or {@code (45)} in front, spaces, dashes, dots, slashes and brackets are dropped.
   *
   * @return empty if what remains is not eight digits
   */
  static Optional<String> normalise(String text) {
    String t = text.strip();
    if (t.startsWith("+45")) {
      t = t.substring(3);
    } else if (t.startsWith("(+45)") || t.startsWith("(45)")) {
      t = t.substring(t.indexOf(')') + 1);
    } else if (t.startsWith("0045")) {
      t = t.substring(4);
    }
    StringBuilder digits = new StringBuilder(8);
    for (char c : t.toCharArray()) {
      if (c >= '0' && c <= '9') {
        digits.append(c);
      } else if (" -/.()\u00a0".indexOf(c) < 0) {
        return Optional.empty();
      }
    }
    if (digits.length() == 10 && digits.indexOf("45") == 0) {
      digits.delete(0, 2); // 45 12 34 56 78 without the plus
    }
    return digits.length() == 8 ? Optional.of(digits.toString()) : Optional.empty();
  }

  private static String draw(SplittableRandom random, int[] prefixes, Set<String> taken) {
    while (true) {
      String number = prefixes[random.nextInt(prefixes.length)] + String.format("%06d", random.nextInt(1_000_000));
      if (taken.add(number)) {
        return number;
      }
    }
  }

  private static int ageOn(Persondata data, LocalDate date) {
    return Period.between(data.foedselsdato(), date).getYears();
  }
}
