package dk.workbench.sandbox.cpr;

import dk.workbench.contracts.auth.StaffPrivilege;
import dk.workbench.contracts.cpr.Adresse;
import dk.workbench.contracts.cpr.CprNumber;
import dk.workbench.contracts.cpr.InvalidCprNumberException;
import dk.workbench.contracts.cpr.Person;
import dk.workbench.sandbox.ProblemException;
import dk.workbench.sandbox.Problems;
import dk.workbench.sandbox.Request;
import dk.workbench.sandbox.Response;
import dk.workbench.sandbox.Route;
import dk.workbench.sandbox.SandboxContext;
import dk.workbench.sandbox.SandboxModule;
import java.util.List;

/**
 * The persons API (after KOMBIT SF1520): {@code GET /cpr/v1/persons/{cpr}} and the protected
 * address sub-resource. A person under address protection is served without
 * {@code aktuelAdresse} unless the caller's role may read protected addresses;
 * {@code GET /cpr/v1/persons/{cpr}/adresse} answers 403 for them instead.
 */
public final class CprApi implements SandboxModule {
  public static final String API = "cpr";

  private final SandboxContext context;

  public CprApi(SandboxContext context) {
    this.context = context;
  }

  @Override
  public List<Route> routes() {
    return List.of(
        Route.get(API, "/cpr/v1/persons/([^/]*)", this::person),
        Route.get(API, "/cpr/v1/persons/([^/]*)/adresse", this::address));
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
