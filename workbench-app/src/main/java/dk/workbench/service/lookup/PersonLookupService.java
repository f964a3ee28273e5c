package dk.workbench.service.lookup;

import dk.workbench.clients.cpr.CprClient;
import dk.workbench.contracts.cpr.Adresse;
import dk.workbench.contracts.cpr.CprNumber;
import dk.workbench.contracts.cpr.Person;
import dk.workbench.contracts.cpr.Persondata;
import dk.workbench.domain.PersonSummary;
import dk.workbench.domain.Purpose;
import dk.workbench.http.ApiException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.Optional;

/** Looks a citizen up in the CPR register for a stated purpose and prepares the person card. */
public class PersonLookupService {
  private final CprClient cpr;
  private final Clock clock;

  public PersonLookupService(CprClient cpr, Clock clock) {
    this.cpr = cpr;
    this.clock = clock;
  }

  /**
   * Blocking: call it off the UI thread.
   *
   * @throws dk.workbench.http.NotFoundException when the register has no such person
   * @throws ApiException when the register cannot answer
   */
  public PersonSummary lookup(CprNumber number, Purpose purpose) throws ApiException {
    Objects.requireNonNull(purpose, "a purpose of access is required");
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
        person.testdata());
  }
}
