package dk.workbench.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dk.workbench.contracts.cpr.Person;
import dk.workbench.contracts.sandbox.ArchetypeEntry;
import dk.workbench.sandbox.population.Population;
import dk.workbench.sandbox.testing.Http;
import dk.workbench.sandbox.testing.Populations;
import dk.workbench.sandbox.testing.RecordingLogs;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the sandbox writes to its log: method, masked path, status and time, never a CPR number or a name. */
class SandboxLoggingTest {
  private final Population population = Populations.defaultSeed();

  @Test
  void logLinesNeverContainCprNumbersOrNames() {
    List<Person> people = population.archetypes().stream()
        .map(ArchetypeEntry::cpr).distinct()
        .map(cpr -> population.find(cpr).orElseThrow())
        .toList();
    Person victim = people.get(0);
    Route failing = Route.get("test", "/test/boom/([^/]*)", request -> {
      throw new IllegalStateException(request.pathParam(1) + " " + victim.persondata().navn().fuldtNavn());
    }).open();
    RecordingLogs.clear();
    try (SandboxServer server = SandboxServer.start(SandboxConfig.defaults(), population, Clock.systemUTC(),
        List.of(failing))) {
      Http http = Http.staff(server.baseUrl(), "CASEWORKER");
      for (Person p : people) {
        String cpr = p.personnummer();
        http.get("cpr/v1/persons/" + cpr);
        http.get("cpr/v1/persons/" + cpr.substring(0, 6) + "-" + cpr.substring(6));
        http.send("DELETE", "cpr/v1/persons/" + cpr);
        http.get("unknown/" + cpr, "X-Correlation-Id", cpr);
        http.get("cpr/v1/persons?navn=" + URLEncoder.encode(p.persondata().navn().fuldtNavn(), StandardCharsets.UTF_8)
            + "&foedselsdato=" + p.persondata().foedselsdato());
        http.get("cpr/v1/persons/" + cpr + "/kontakt");
      }
      http.get("cpr/v1/persons?telefon=%2B45%2020%2012%2034%2056");
      http.get("cpr/v1/persons?telefon=2012345");
      http.get("cpr/v1/persons/0101010000");
      http.get("cpr/v1/persons/3213991234");
      http.get("test/boom/" + victim.personnummer());
      http.get("sandbox/v1/archetypes");
    }

    List<String> lines = RecordingLogs.lines();
    assertThat(lines).anyMatch(l -> l.contains("GET /cpr/v1/persons/******-**** -> 200 in "));
    assertThat(lines).anyMatch(l -> l.contains("GET /cpr/v1/persons/******-**** -> 404 in "));
    assertThat(lines).anyMatch(l -> l.contains("GET /cpr/v1/persons/******-**** -> 400 in "));
    assertThat(lines).anyMatch(l -> l.contains("DELETE /cpr/v1/persons/******-**** -> 405 in "));
    assertThat(lines).anyMatch(l -> l.contains("GET /test/boom/******-**** -> 500 in "));
    assertThat(lines).anyMatch(l -> l.contains("GET /cpr/v1/persons -> 200 in "));
    assertThat(lines).anyMatch(l -> l.contains("GET /cpr/v1/persons -> 400 in "));
    assertThat(lines).anyMatch(l -> l.startsWith("ERROR") && l.contains("IllegalStateException"));
    List<String> secrets = new ArrayList<>(List.of("0101010000", "010101-0000", "3213991234", "20 12 34 56",
        "20123456", "2012345", "navn=", "telefon="));
    for (Person p : people) {
      String cpr = p.personnummer();
      secrets.add(cpr);
      secrets.add(cpr.substring(0, 6) + "-" + cpr.substring(6));
      secrets.add(p.persondata().navn().fuldtNavn());
      secrets.add(p.persondata().navn().fornavn() + " ");
      secrets.add(p.persondata().foedselsdato().toString());
    }
    for (String line : lines) {
      for (String secret : secrets) {
        assertThat(line).as("a log line").doesNotContain(secret);
      }
    }
  }
}
