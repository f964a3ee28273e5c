package dk.workbench.clients;

import static org.assertj.core.api.Assertions.assertThat;

import dk.workbench.clients.cpr.CprClient;
import dk.workbench.clients.testing.SandboxFixture;
import dk.workbench.contracts.auth.StaffRole;
import dk.workbench.contracts.cpr.CprNumber;
import dk.workbench.contracts.cpr.Kontaktoplysninger.Telefonnummer;
import dk.workbench.contracts.cpr.Person;
import dk.workbench.contracts.sandbox.ArchetypeEntry;
import dk.workbench.http.ApiEndpoint;
import dk.workbench.http.ApiException;
import dk.workbench.http.HttpClients;
import dk.workbench.http.HttpSettings;
import dk.workbench.http.RetryPolicy;
import dk.workbench.sandbox.testing.RecordingLogs;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/**
 * No CPR number, name, birth date or phone number reaches a log line or an exception message of
 * http-support or the clients, at debug level, whatever the call does: served, searched,
 * refused, not found, retried, broken off or malformed. Log lines are recorded in memory by
 * the sandbox's test SLF4J provider ({@link RecordingLogs}).
 */
class ClientLogRedactionTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 1, 1);

  @StartStop public final MockWebServer mock = new MockWebServer();

  @Test
  void noPersonalDataInAnyLogLineOrExceptionMessage() throws Exception {
    List<String> secrets = new ArrayList<>();
    List<String> messages = new ArrayList<>();
    RecordingLogs.clear();

    try (SandboxFixture fixture = new SandboxFixture("openapi/cpr.openapi.yaml")) {
      CprClient caseworker = new CprClient(fixture.endpoint(StaffRole.CASEWORKER));
      CprClient agent = new CprClient(fixture.endpoint(StaffRole.CALL_AGENT));
      for (ArchetypeEntry entry : fixture.server().population().archetypes()) {
        Person p = fixture.server().population().find(entry.cpr()).orElseThrow();
        CprNumber cpr = CprNumber.parse(entry.cpr(), TODAY);
        secrets.addAll(secretsOf(p));
        caseworker.lookupPerson(cpr);
        String name = p.persondata().navn().fuldtNavn();
        caseworker.search(name, p.persondata().foedselsdato());
        for (Telefonnummer t : caseworker.contact(cpr).telefonnumre()) {
          String spoken = "+45 " + t.nummer().substring(0, 4) + " " + t.nummer().substring(4);
          secrets.add(t.nummer());
          secrets.add(spoken);
          agent.searchByPhone(spoken);
        }
        if (p.persondata().adressebeskyttelse() != null) {
          messages.add(failure(() -> agent.address(cpr)));
          messages.add(failure(() -> agent.contact(cpr)));
        }
      }
      messages.add(failure(() -> caseworker.lookupPerson(CprNumber.parse("0101010000", TODAY))));
      messages.add(failure(() -> caseworker.searchByPhone("+45 9999 999")));
      secrets.addAll(List.of("0101010000", "010101-0000", "9999999", "9999 999"));
    }

    CprClient flaky = new CprClient(ApiEndpoint.of(mock.url("/").uri(), HttpClients.newClient(new HttpSettings(
        Duration.ofSeconds(1), Duration.ofMillis(300), Duration.ofSeconds(3), "test",
        new RetryPolicy(3, Duration.ofMillis(5), Duration.ofMillis(10))))));
    Person karen = KAREN;
    secrets.addAll(secretsOf(karen));
    CprNumber karensCpr = CprNumber.parse(karen.personnummer(), TODAY);
    mock.enqueue(new MockResponse.Builder().code(503).setHeader("Retry-After", "0")
        .body("{\"title\":\"Unavailable\",\"status\":503}").build());
    mock.enqueue(new MockResponse.Builder().code(200).body("{\"personnummer\":\"" + karen.personnummer()
        + "\",\"padding\":\"" + "x".repeat(10_000) + "\"}").onResponseBody(new SocketEffect.CloseSocket()).build());
    mock.enqueue(new MockResponse.Builder().code(200).body("{\"personnummer\":\"" + karen.personnummer()
        + "\",\"navn\":\"" + karen.persondata().navn().fuldtNavn()).build());
    messages.add(failure(() -> flaky.lookupPerson(karensCpr)));
    mock.enqueue(new MockResponse.Builder().code(200).headersDelay(2, TimeUnit.SECONDS).build());
    mock.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "0").build());
    mock.enqueue(new MockResponse.Builder().code(500).body(karen.persondata().navn().fuldtNavn()).build());
    messages.add(failure(() -> flaky.search(karen.persondata().navn().fuldtNavn(), karen.persondata().foedselsdato())));
    mock.enqueue(new MockResponse.Builder().code(404).build());
    messages.add(failure(() -> flaky.searchByPhone("0045 20 12 34 56")));
    secrets.addAll(List.of("20 12 34 56", "20123456"));

    List<String> lines = RecordingLogs.lines().stream()
        .filter(l -> l.contains(" dk.workbench.http.") || l.contains(" dk.workbench.clients.")).toList();
    assertThat(lines).anyMatch(l -> l.startsWith("DEBUG") && l.contains("GET /cpr/v1/persons/******-**** -> 200"));
    assertThat(lines).anyMatch(l -> l.contains("GET /cpr/v1/persons -> 200"));
    assertThat(lines).anyMatch(l -> l.contains("answered 503; trying again"));
    assertThat(lines).anyMatch(l -> l.contains("failed (") && l.contains("trying again"));
    assertThat(messages).hasSizeGreaterThan(5).allSatisfy(m -> assertThat(m).isNotBlank());
    List<String> everything = new ArrayList<>(lines);
    everything.addAll(messages);
    for (String text : everything) {
      // a random UUID correlation id may hold ten digits in a row ("5f7070531687"): not a CPR number
      String withoutIds = text.replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "<id>");
      assertThat(withoutIds).doesNotContainPattern("(?<!\\d)\\d{6}-?\\d{4}(?!\\d)")
          .doesNotContain("navn=").doesNotContain("telefon=").doesNotContain("foedselsdato=");
      for (String secret : secrets) {
        assertThat(text).as("a log line or message").doesNotContain(secret);
      }
    }
  }

  private static final Person KAREN;

  static {
    try {
      KAREN = dk.workbench.contracts.ContractsJson.newMapper().readValue("""
          {"personnummer":"0707614285","testdata":true,
           "persondata":{"navn":{"fornavn":"Karen","efternavn":"Søndergaard","adresseringsnavn":"Søndergaard,Karen"},
             "koen":"K","foedselsdato":"1961-07-07","status":{"status":"01"},"civilstand":{"civilstandKode":"G"},
             "tilmeldtDigitalpost":true,"tilmeldtNemsms":false},
           "relationer":{}}
          """, Person.class);
    } catch (Exception e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private static List<String> secretsOf(Person p) {
    String cpr = p.personnummer();
    List<String> s = new ArrayList<>(List.of(cpr, cpr.substring(0, 6) + "-" + cpr.substring(6),
        p.persondata().navn().fuldtNavn(), p.persondata().navn().efternavn(),
        p.persondata().foedselsdato().toString()));
    for (String given : p.persondata().navn().fornavn().split(" ")) {
      s.add(given + " ");
    }
    return s;
  }

  private interface Call {
    void run() throws Exception;
  }

  /** The failure's message and its causes' messages, which must be fit for a log too. */
  private static String failure(Call call) {
    try {
      call.run();
    } catch (ApiException e) {
      StringBuilder all = new StringBuilder(e.toString());
      for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
        all.append(" | ").append(t);
      }
      return all.toString();
    } catch (Exception e) {
      throw new AssertionError("expected an ApiException", e);
    }
    throw new AssertionError("expected the call to fail");
  }
}
