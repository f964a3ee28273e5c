package dk.workbench.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.workbench.contracts.cpr.CprNumber;
import dk.workbench.contracts.cpr.InvalidCprNumberException;
import dk.workbench.contracts.cpr.Person;
import dk.workbench.sandbox.population.Population;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The endpoints the sandbox serves from its population. */
final class SandboxApi {
  private final Population population;
  private final ObjectMapper mapper;
  private final Clock clock;
  private final byte[] health;

  SandboxApi(Population population, ObjectMapper mapper, Clock clock) {
    this.population = population;
    this.mapper = mapper;
    this.clock = clock;
    this.health = Response.json(mapper, 200, Map.of("status", "UP")).body();
  }

  List<Route> routes() {
    return List.of(
        Route.get("/cpr/v1/persons/([^/]*)", (match, instance) -> person(match.group(1), instance)),
        Route.get("/sandbox/v1/archetypes", (match, instance) -> archetypes()),
        Route.get("/sandbox/v1/health", (match, instance) -> new Response(200, Response.JSON, health, Map.of())));
  }

  /** {@code GET /cpr/v1/persons/{cpr}}: 200 with the person, 400 if the text is no CPR number, 404 if unknown. */
  Response person(String text, String instance) {
    CprNumber cpr;
    try {
      cpr = CprNumber.parse(text, LocalDate.now(clock));
    } catch (InvalidCprNumberException e) {
      return Response.problem(mapper, Problems.invalidCpr(reason(e.problem()), instance), Map.of());
    }
    Optional<Person> person = population.find(cpr);
    if (person.isEmpty()) {
      return Response.problem(mapper,
          Problems.notFound("No person with this CPR number in the sandbox population.", instance), Map.of());
    }
    return Response.json(mapper, 200, person.get());
  }

  /** {@code GET /sandbox/v1/archetypes}, the descriptions' ages as of today. */
  Response archetypes() {
    return Response.json(mapper, 200, population.archetypes(LocalDate.now(clock)));
  }

  private static String reason(CprNumber.Problem problem) {
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
