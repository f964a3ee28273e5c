package dk.workbench.sandbox.interactions;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.workbench.contracts.ContractsJson;
import dk.workbench.contracts.auth.StaffRole;
import dk.workbench.contracts.cpr.Person;
import dk.workbench.contracts.interactions.Interaction;
import dk.workbench.contracts.interactions.InteractionList;
import dk.workbench.contracts.interactions.InteractionReason;
import dk.workbench.sandbox.SandboxConfig;
import dk.workbench.sandbox.SandboxServer;
import dk.workbench.sandbox.population.Archetype;
import dk.workbench.sandbox.population.Population;
import dk.workbench.sandbox.testing.Http;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The interactions API over real HTTP: earlier interactions, recording with idempotency, validation. */
class InteractionsApiTest {
  private static final ObjectMapper MAPPER = ContractsJson.newMapper();
  private static SandboxServer server;
  private static Population population;
  private static Http http;

  @BeforeAll
  static void start() {
    server = SandboxServer.start(SandboxConfig.defaults().withPort(0));
    population = server.population();
    http = Http.staff(server.baseUrl(), "CASEWORKER");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void earlierInteractionsAreDeterministicNewestFirstAndFitTheLife() {
    LocalDate today = LocalDate.of(2026, 6, 1);
    int pensionQuestions = 0;
    int people = 0;
    for (Person p : population.persons()) {
      List<Interaction> list = EarlierInteractions.forPerson(population, p, today);
      assertThat(list).hasSizeLessThanOrEqualTo(4).isEqualTo(EarlierInteractions.forPerson(population, p, today));
      for (int i = 1; i < list.size(); i++) {
        assertThat(list.get(i).occurredAt()).isBeforeOrEqualTo(list.get(i - 1).occurredAt());
      }
      boolean pensioner = p.persondata().foedselsdato().isBefore(today.minusYears(Population.PENSION_AGE));
      if (!pensioner) {
        assertThat(list).noneMatch(x -> x.reasons().contains(InteractionReason.PENSION));
      } else {
        pensionQuestions += (int) list.stream().filter(x -> x.reasons().contains(InteractionReason.PENSION)).count();
      }
      if (p.persondata().foedselsdato().isAfter(today.minusYears(15))) {
        assertThat(list).isEmpty();
      }
      people += list.isEmpty() ? 0 : 1;
    }
    assertThat(pensionQuestions).isPositive();
    assertThat(people).isGreaterThan(population.size() / 2);
  }

  @Test
  void recordedInteractionComesFirstWithTheStaffFromTheToken() throws Exception {
    String cpr = archetype(Archetype.SINGLE_PENSIONER);
    int before = list(cpr).size();

    HttpResponse<String> created = http.post(path(cpr), body("RESOLVED", null), "Idempotency-Key", "i-1");

    assertThat(created.statusCode()).isEqualTo(201);
    Interaction interaction = MAPPER.readValue(created.body(), Interaction.class);
    assertThat(interaction.staff().role()).isEqualTo(StaffRole.CASEWORKER);
    assertThat(interaction.staff().username()).isNotBlank();
    assertThat(interaction.reasons()).containsExactly(InteractionReason.PENSION, InteractionReason.PAYMENT);
    List<Interaction> after = list(cpr);
    assertThat(after).hasSize(before + 1);
    assertThat(after.get(0)).isEqualTo(interaction);
  }

  @Test
  void aRepeatedKeyReplaysAndAChangedBodyConflicts() throws Exception {
    String cpr = archetype(Archetype.PENSIONER_COUPLE);
    HttpResponse<String> first = http.post(path(cpr), body("RESOLVED", null), "Idempotency-Key", "i-2");
    HttpResponse<String> again = http.post(path(cpr), body("RESOLVED", null), "Idempotency-Key", "i-2");
    HttpResponse<String> changed = http.post(path(cpr), body("REFERRED", null), "Idempotency-Key", "i-2");
    HttpResponse<String> otherCitizen = http.post(path(archetype(Archetype.SINGLE_PENSIONER)),
        body("RESOLVED", null), "Idempotency-Key", "i-2");

    assertThat(first.statusCode()).isEqualTo(201);
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(again.body()).isEqualTo(first.body());
    assertThat(changed.statusCode()).isEqualTo(409);
    assertThat(otherCitizen.statusCode()).isEqualTo(409);
    assertThat(list(cpr).stream().filter(i -> i.notes() != null && i.notes().startsWith("Ringede om"))).hasSize(1);
  }

  @Test
  void invalidWritesAreBadRequestsNamingTheField() {
    String cpr = archetype(Archetype.PENSIONER_COUPLE);
    HttpResponse<String> noKey = http.post(path(cpr), body("RESOLVED", null));
    HttpResponse<String> noFollowUp = http.post(path(cpr), body("FOLLOW_UP_REQUIRED", null), "Idempotency-Key", "i-3");
    HttpResponse<String> pastFollowUp = http.post(path(cpr), body("FOLLOW_UP_REQUIRED", "2020-01-01"),
        "Idempotency-Key", "i-4");
    HttpResponse<String> badReason = http.post(path(cpr), body("RESOLVED", null).replace("PENSION", "GOSSIP"),
        "Idempotency-Key", "i-5");
    HttpResponse<String> longNotes = http.post(path(cpr), body("RESOLVED", null)
        .replace("Ringede om", "x".repeat(4_001)), "Idempotency-Key", "i-6");

    assertThat(noKey.statusCode()).isEqualTo(400);
    assertThat(noKey.body()).contains("Idempotency-Key");
    assertThat(noFollowUp.statusCode()).isEqualTo(400);
    assertThat(noFollowUp.body()).contains("followUpDate").doesNotContain(cpr);
    assertThat(pastFollowUp.statusCode()).isEqualTo(400);
    assertThat(badReason.statusCode()).isEqualTo(400);
    assertThat(badReason.body()).contains("reasons");
    assertThat(longNotes.statusCode()).isEqualTo(400);
  }

  @Test
  void unknownOrMalformedCitizensAreRefused() {
    assertThat(http.get("interactions/v1/citizens/0101010000/interactions").statusCode()).isEqualTo(404);
    assertThat(http.get("interactions/v1/citizens/abc/interactions").statusCode()).isEqualTo(400);
    assertThat(new Http(server.baseUrl()).get(path(archetype(Archetype.PENSIONER_COUPLE))).statusCode())
        .isEqualTo(401);
  }

  static String body(String outcome, String followUp) {
    return """
        {"channel":"PHONE","reasons":["PENSION","PAYMENT"],"notes":"Ringede om pensionstillæg.",
         "outcome":"%s"%s}
        """.formatted(outcome, followUp == null ? "" : ",\"followUpDate\":\"" + followUp + "\"");
  }

  private static List<Interaction> list(String cpr) throws Exception {
    HttpResponse<String> response = http.get(path(cpr));
    assertThat(response.statusCode()).isEqualTo(200);
    return MAPPER.readValue(response.body(), InteractionList.class).interactions();
  }

  private static String path(String cpr) {
    return "interactions/v1/citizens/" + cpr + "/interactions";
  }

  private static String archetype(Archetype archetype) {
    return population.archetypes().stream().filter(a -> a.archetype().equals(archetype.id()))
        .findFirst().orElseThrow().cpr();
  }
}
