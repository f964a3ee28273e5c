package dk.workbench.sandbox.cpr;

import dk.workbench.contracts.auth.StaffPrivilege;
import dk.workbench.contracts.cpr.Adresse;
import dk.workbench.contracts.cpr.CprNumber;
import dk.workbench.contracts.cpr.InvalidCprNumberException;
import dk.workbench.contracts.cpr.Person;
import dk.workbench.contracts.cpr.PersonSearchResult;
import dk.workbench.sandbox.ProblemException;
import dk.workbench.sandbox.Problems;
import dk.workbench.sandbox.Request;
import dk.workbench.sandbox.Response;
import dk.workbench.sandbox.Route;
import dk.workbench.sandbox.SandboxContext;
import dk.workbench.sandbox.SandboxModule;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The persons API (after KOMBIT SF1520): {@code GET /cpr/v1/persons/{cpr}}, its {@code /adresse}
 * and {@code /kontakt} sub-resources, and the search {@code GET /cpr/v1/persons?navn=…&foedselsdato=…}
 * or {@code ?telefon=…}, which answers candidates, never a silent pick. A person under address
 * protection is served without {@code aktuelAdresse} (in the record and in search candidates)
 * unless the caller's role may read protected addresses; the {@code /adresse} and
 * {@code /kontakt} sub-resources answer 403 for them instead.
 */
public final class CprApi implements SandboxModule {
  public static final String API = "cpr";
  private static final int MAX_NAME_TOKENS = 10;

  private final SandboxContext context;
  private PhoneBook phones;
  private PersonSearch search;

  public CprApi(SandboxContext context) {
    this.context = context;
  }

  @Override
  public List<Route> routes() {
    return List.of(
        Route.get(API, "/cpr/v1/persons/([^/]*)", this::person),
        Route.get(API, "/cpr/v1/persons/([^/]*)/adresse", this::address),
        Route.get(API, "/cpr/v1/persons/([^/]*)/kontakt", this::contact),
        Route.get(API, "/cpr/v1/persons", this::search));
  }

  /**
   * The candidates for {@code navn} + {@code foedselsdato}, or for {@code telefon}; 400 naming
   * what is missing or unusable (never echoing it).
   */
  Response search(Request request) {
    request.require(StaffPrivilege.PERSON_READ);
    Optional<String> telefon = request.query("telefon").filter(t -> !t.isBlank());
    Optional<String> navn = request.query("navn").filter(n -> !n.isBlank());
    Optional<LocalDate> foedselsdato = request.queryDate("foedselsdato");
    boolean showProtected = request.staff().role().may(StaffPrivilege.PROTECTED_ADDRESS_READ);
    PersonSearchResult result;
    if (telefon.isPresent()) {
      if (navn.isPresent() || foedselsdato.isPresent()) {
        throw new ProblemException(Problems.badRequest(
            "Search either by 'telefon' or by 'navn' and 'foedselsdato', not by both.", request.instance()));
      }
      String digits = PhoneBook.normalise(telefon.get()).orElseThrow(() -> request.badParameter("telefon",
          "must be a Danish phone number: eight digits, optionally after +45 or 0045 (spaces, dashes, dots and"
              + " '/' are ignored)"));
      result = search().byPhone(digits, showProtected);
    } else {
      if (navn.isEmpty() && foedselsdato.isEmpty()) {
        throw new ProblemException(Problems.badRequest("Search by 'navn' and 'foedselsdato' (yyyy-mm-dd), or by"
            + " 'telefon'.", request.instance()));
      }
      if (navn.isEmpty()) {
        throw request.badParameter("navn", "is needed with 'foedselsdato' (a search by birth date alone is too wide)");
      }
      if (foedselsdato.isEmpty()) {
        throw request.badParameter("foedselsdato", "is needed with 'navn', written yyyy-mm-dd");
      }
      List<String> tokens = DanishNames.tokens(navn.get());
      if (tokens.isEmpty() || tokens.size() > MAX_NAME_TOKENS) {
        throw request.badParameter("navn", "must hold one to " + MAX_NAME_TOKENS + " names made of letters");
      }
      result = search().byName(tokens, foedselsdato.get(), showProtected);
    }
    return Response.json(context.mapper(), 200, result);
  }

  /** The person's phone numbers; 403 for a protected person without the privilege. */
  Response contact(Request request) {
    request.require(StaffPrivilege.PERSON_READ);
    Person person = find(request);
    if (isProtected(person)) {
      request.require(StaffPrivilege.PROTECTED_ADDRESS_READ);
    }
    return Response.json(context.mapper(), 200, phones().of(person.personnummer()));
  }

  /** 200 with the person, 400 if the text is no CPR number, 404 if unknown. */
  Response person(Request request) {
    request.require(StaffPrivilege.PERSON_READ);
    Person person = find(request);
    boolean withhold = isProtected(person) && !request.staff().role().may(StaffPrivilege.PROTECTED_ADDRESS_READ);
    return Response.json(context.mapper(), 200, withhold ? withoutAddress(person) : person);
  }

  /** The current address alone; 403 for a protected address without the privilege, 404 if there is none. */
  Response address(Request request) {
    request.require(StaffPrivilege.PERSON_READ);
    Person person = find(request);
    if (isProtected(person)) {
      request.require(StaffPrivilege.PROTECTED_ADDRESS_READ);
    }
    if (person.adresse() == null || person.adresse().aktuelAdresse() == null) {
      throw new ProblemException(Problems.notFound("This person has no current Danish address.", request.instance()));
    }
    return Response.json(context.mapper(), 200, person.adresse().aktuelAdresse());
  }

  /** Built on first use: a sandbox that is never searched does not pay for the indexes. */
  private synchronized PersonSearch search() {
    if (search == null) {
      search = new PersonSearch(context.population(), phones());
    }
    return search;
  }

  private synchronized PhoneBook phones() {
    if (phones == null) {
      phones = new PhoneBook(context.population());
    }
    return phones;
  }

  private Person find(Request request) {
    CprNumber cpr;
    try {
      cpr = CprNumber.parse(request.pathParam(1), context.today());
    } catch (InvalidCprNumberException e) {
      throw new ProblemException(Problems.invalidCpr(reason(e.problem()), request.instance()));
    }
    return context.population().find(cpr).orElseThrow(() -> new ProblemException(
        Problems.notFound("No person with this CPR number in the sandbox population.", request.instance())));
  }

  private static boolean isProtected(Person person) {
    return person.persondata() != null && person.persondata().adressebeskyttelse() != null;
  }

  private static Person withoutAddress(Person person) {
    Adresse adresse = person.adresse() == null ? null : new Adresse(null, person.adresse().udrejseoplysninger());
    return new Person(person.personnummer(), person.testdata(), person.persondata(), adresse, person.relationer());
  }

  static String reason(CprNumber.Problem problem) {
    return switch (problem) {
      case EMPTY -> "The CPR number is empty.";
      case WRONG_LENGTH -> "A CPR number has 10 digits, written ddmmyyssss or ddmmyy-ssss.";
      case NOT_DIGITS -> "A CPR number has only digits, with an optional dash after the sixth.";
      case MISPLACED_DASH -> "The dash in a CPR number goes after the sixth digit.";
      case INVALID_DATE -> "The first six digits of the CPR number are not a valid date.";
      case FUTURE_DATE -> "The CPR number's birth date lies in the future.";
    };
  }
}
