package dk.workbench.service.lookup;

import dk.workbench.clients.cpr.CprClient;
import dk.workbench.contracts.cpr.Adresse;
import dk.workbench.contracts.cpr.CprNumber;
import dk.workbench.contracts.cpr.Person;
import dk.workbench.contracts.cpr.InvalidCprNumberException;
import dk.workbench.contracts.cpr.Persondata;
import dk.workbench.contracts.cpr.Relationer;
import dk.workbench.domain.PersonSummary;
import dk.workbench.service.overview.Section;
import dk.workbench.service.overview.SectionSource;
import dk.workbench.http.ApiException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;

/**
 * The overview's person section: the citizen in the CPR register, summarised so that a
 * protected address is withheld before anything reaches the UI.
 */
public class PersonLookupService implements SectionSource<PersonSummary> {
  private final CprClient cpr;
  private final Clock clock;

  public PersonLookupService(CprClient cpr, Clock clock) {
    this.cpr = cpr;
    this.clock = clock;
  }

  @Override
  public Section section() {
    return Section.PERSON;
  }

  @Override
  public String sourceName() {
    return "CPR";
  }

  /**
   * Blocking: call it off the UI thread.
   *
   * @throws dk.workbench.http.NotFoundException when the register has no such person
   * @throws ApiException when the register cannot answer
   */
  @Override
  public PersonSummary fetch(CprNumber number) throws ApiException {
    return summarise(cpr.lookupPerson(number), LocalDate.now(clock));
  }

  static PersonSummary summarise(Person person, LocalDate today) {
    Persondata data = person.persondata();
    boolean isProtected = data.adressebeskyttelse() != null;
    Adresse adresse = person.adresse();
    Optional<String> address = isProtected || adresse == null || adresse.aktuelAdresse() == null
        ? Optional.empty()
        : Optional.of(adresse.aktuelAdresse().enLinje());
    Optional<LocalDate> death = Optional.ofNullable(data.status())
        .filter(s -> Persondata.Status.DOED.equals(s.status()))
        .map(Persondata.Status::statusdato);
    Optional<LocalDate> emigration = adresse == null || adresse.udrejseoplysninger() == null
        ? Optional.empty()
        : Optional.ofNullable(adresse.udrejseoplysninger().udrejsedato());
    LocalDate ageDate = death.orElse(today);
    return new PersonSummary(
        data.navn().fuldtNavn(),
        data.foedselsdato(),
        Period.between(data.foedselsdato(), ageDate).getYears(),
        address,
        isProtected,
        data.civilstand() == null ? "" : data.civilstand().civilstandKode(),
        data.tilmeldtDigitalpost(),
        data.umyndiggoerelse() != null,
        death,
        emigration,
        person.testdata(),
        household(person.relationer(), today));
  }

  /** Spouse and children by age (their CPR numbers hold their birth dates), and custody holders. */
  static PersonSummary.Household household(Relationer relations, LocalDate today) {
    if (relations == null) {
      return PersonSummary.Household.NONE;
    }
    Optional<Integer> spouse = Optional.ofNullable(relations.aegtefaelle()).flatMap(r -> age(r.personnummer(), today));
    List<Integer> children = relations.barn().stream()
        .map(r -> age(r.personnummer(), today))
        .flatMap(Optional::stream)
        .sorted()
        .toList();
    List<String> custody = relations.foraeldremyndighed().stream()
        .map(Relationer.Foraeldremyndighed::foraeldremyndighedtype)
        .toList();
    return new PersonSummary.Household(spouse, children, custody);
  }

  private static Optional<Integer> age(String cpr, LocalDate today) {
    try {
      return Optional.of(CprNumber.parse(cpr, today).ageOn(today));
    } catch (InvalidCprNumberException e) {
      return Optional.empty();
    }
  }
}
