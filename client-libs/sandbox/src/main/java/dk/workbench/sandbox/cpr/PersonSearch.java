package dk.workbench.sandbox.cpr;

import dk.workbench.contracts.cpr.Adresse;
import dk.workbench.contracts.cpr.Person;
import dk.workbench.contracts.cpr.PersonCandidate;
import dk.workbench.contracts.cpr.PersonSearchResult;
import dk.workbench.sandbox.population.Population;
import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds persons by name and birth date, or by phone number, and answers with every match as
 * a candidate (at most {@link PersonSearchResult#MAX_CANDIDATES}), ordered by surname, given
 * names and CPR number. Name matching is {@link DanishNames Danish-aware}. Immutable; the
 * indexes are built once.
 */
final class PersonSearch {
  private final Population population;
  private final Map<LocalDate, List<Indexed>> byBirthDate = new HashMap<>();
  private final PhoneBook phones;
  private final Comparator<Person> order;
  private final int limit;

  private record Indexed(Person person, List<String> tokens) {}

  PersonSearch(Population population, PhoneBook phones) {
    this(population, phones, PersonSearchResult.MAX_CANDIDATES);
  }

  /** With another cap on the candidates listed (for tests). */
  PersonSearch(Population population, PhoneBook phones, int limit) {
    this.population = population;
    this.phones = phones;
    this.limit = limit;
    for (Person p : population.persons()) {
      byBirthDate.computeIfAbsent(p.persondata().foedselsdato(), d -> new ArrayList<>())
          .add(new Indexed(p, DanishNames.tokens(p.persondata().navn())));
    }
    Collator danish = Collator.getInstance(Locale.forLanguageTag("da-DK"));
    this.order = Comparator.comparing((Person p) -> DanishNames.sortKey(p.persondata().navn()), danish)
        .thenComparing(Person::personnummer);
  }

  /**
   * Everyone born on the date whose name holds every token of the query.
   *
   * @param showProtectedAddresses whether protected addresses may be included
   */
  PersonSearchResult byName(List<String> queryTokens, LocalDate birthDate, boolean showProtectedAddresses) {
    List<Person> matches = new ArrayList<>();
    for (Indexed candidate : byBirthDate.getOrDefault(birthDate, List.of())) {
      if (DanishNames.matches(queryTokens, candidate.tokens())) {
        matches.add(candidate.person());
      }
    }
    return result(matches, showProtectedAddresses);
  }

  /** Everyone reachable on the eight-digit number (a shared landline gives several). */
  PersonSearchResult byPhone(String eightDigits, boolean showProtectedAddresses) {
    List<Person> matches = new ArrayList<>();
    for (String cpr : phones.find(eightDigits)) {
      population.find(cpr).ifPresent(matches::add);
    }
    return result(matches, showProtectedAddresses);
  }

  private PersonSearchResult result(List<Person> matches, boolean showProtectedAddresses) {
    matches.sort(order);
    int shown = Math.min(matches.size(), limit);
    List<PersonCandidate> candidates = new ArrayList<>(shown);
    for (Person p : matches.subList(0, shown)) {
      candidates.add(candidate(p, showProtectedAddresses));
    }
    return new PersonSearchResult(candidates, matches.size(), matches.size() > shown);
  }

  private static PersonCandidate candidate(Person p, boolean showProtectedAddresses) {
    boolean protectedAddress = p.persondata().adressebeskyttelse() != null;
    Adresse.AktuelAdresse address = p.adresse() == null ? null : p.adresse().aktuelAdresse();
    return new PersonCandidate(p.personnummer(), p.persondata().navn(), p.persondata().foedselsdato(),
        p.persondata().status(), protectedAddress && !showProtectedAddresses ? null : address, protectedAddress);
  }
}
