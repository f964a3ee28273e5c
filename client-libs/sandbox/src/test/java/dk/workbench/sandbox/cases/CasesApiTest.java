package dk.workbench.sandbox.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.workbench.contracts.ContractsJson;
import dk.workbench.contracts.cases.Authority.AuthorityType;
import dk.workbench.contracts.cases.CaseDetail;
import dk.workbench.contracts.cases.CaseStatus;
import dk.workbench.contracts.cases.CaseSummary;
import dk.workbench.contracts.cases.Sensitivity;
import dk.workbench.contracts.cpr.Person;
import dk.workbench.contracts.sandbox.ArchetypeEntry;
import dk.workbench.sandbox.decisions.ValidatedSandbox;
import dk.workbench.sandbox.testing.Http;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The cases API over real HTTP, every exchange validated against {@code cases.openapi.yaml}. */
class CasesApiTest {
  private static final ObjectMapper MAPPER = ContractsJson.newMapper();

  private static ValidatedSandbox sandbox;
  private static Http caseworker;
  private static Http agent;

  @BeforeAll
  static void start() {
    sandbox = new ValidatedSandbox("openapi/cases.openapi.yaml");
    caseworker = sandbox.staff("CASEWORKER");
    agent = sandbox.staff("CALL_AGENT");
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  @Test
  void archetypePersonsHaveCasesConsistentWithTheirSituation() throws Exception {
    for (ArchetypeEntry a : sandbox.server().population().archetypes()) {
      List<CaseSummary> cases = list(caseworker, a.cpr(), "");
      switch (a.archetype()) {
        case "single-pensioner", "pensioner-couple" -> {
          assertThat(titles(cases)).as(a.description()).contains("Folkepension");
        }
        case "family-with-children", "shared-custody" -> {
          if (!a.description().startsWith("Barn")) {
            assertThat(titles(cases)).as(a.description()).contains("Børne- og ungeydelse");
          }
        }
        case "deceased" -> assertThat(titles(cases)).containsExactly("Dødsbo");
        default -> { }
      }
      for (CaseSummary summary : cases) {
        CaseDetail detail = MAPPER.readValue(sandbox.get(caseworker, "cases/v1/cases/" + summary.caseNumber()).body(),
            CaseDetail.class);
        assertThat(detail.status()).isEqualTo(summary.status());
        assertThat(detail.statusHistory().get(0).status()).isEqualTo(CaseStatus.OPSTAAET);
        assertThat(detail.parties()).anySatisfy(p -> assertThat(p.cpr()).isEqualTo(a.cpr()));
        assertThat(detail.authority().cvr()).matches("[0-9]{8}");
      }
    }
    assertThat(sandbox.violations()).isEmpty();
    assertThat(sandbox.validatedExchanges()).isGreaterThan(20);
  }

  @Test
  void sensitiveCasesAreRestrictedForCallAgentsAndForbiddenToOpen() throws Exception {
    String[] found = sensitiveCase();
    CaseSummary asAgent = list(agent, found[0], "").stream().filter(c -> c.caseNumber().equals(found[1])).findFirst()
        .orElseThrow();
    assertThat(asAgent.restricted()).isTrue();
    assertThat(asAgent.title()).isNull();
    assertThat(asAgent.kle()).isNull();

    HttpResponse<String> forbidden = sandbox.get(agent, "cases/v1/cases/" + found[1]);
    assertThat(forbidden.statusCode()).isEqualTo(403);
    assertThat(forbidden.body()).contains("SENSITIVE_CASE_READ").doesNotContain(found[0]);
    assertThat(sandbox.get(caseworker, "cases/v1/cases/" + found[1]).statusCode()).isEqualTo(200);
    assertThat(sandbox.violations()).isEmpty();
  }

  @Test
  void filtersByStatusAndAuthority() throws Exception {
    String cpr = sensitiveCase()[0];
    List<CaseSummary> all = list(caseworker, cpr, "");
    List<CaseSummary> municipal = list(caseworker, cpr, "?authority=MUNICIPALITY");
    assertThat(municipal).isNotEmpty().allSatisfy(c -> assertThat(c.authority().type()).isEqualTo(AuthorityType.MUNICIPALITY));
    String cvr = all.get(0).authority().cvr();
    assertThat(list(caseworker, cpr, "?authority=" + cvr)).allSatisfy(c -> assertThat(c.authority().cvr()).isEqualTo(cvr));
    CaseStatus status = all.get(0).status();
    assertThat(list(caseworker, cpr, "?status=" + status)).isNotEmpty().allSatisfy(c -> assertThat(c.status()).isEqualTo(status));
    assertThat(sandbox.violations()).isEmpty();
  }

  @Test
  void badInputAnswersProblemsWithoutTheCprNumber() {
    String cpr = sandbox.server().population().persons().get(0).personnummer();
    HttpResponse<String> badStatus = sandbox.getInvalid(caseworker, "cases/v1/citizens/" + cpr + "/cases?status=LUKKET");
    assertThat(badStatus.statusCode()).isEqualTo(400);
    assertThat(badStatus.body()).contains("status").doesNotContain(cpr);
    assertThat(sandbox.getInvalid(caseworker, "cases/v1/citizens/12345/cases").statusCode()).isEqualTo(400);
    assertThat(sandbox.get(caseworker, "cases/v1/citizens/0101010000/cases").statusCode()).isEqualTo(404);
    assertThat(sandbox.get(caseworker, "cases/v1/cases/K751-2024-0000000").statusCode()).isEqualTo(404);
    assertThat(sandbox.get(caseworker, "cases/v1/cases/nonsense").statusCode()).isEqualTo(404);
    assertThat(new Http(sandbox.server().baseUrl()).get("cases/v1/citizens/" + cpr + "/cases").statusCode())
        .isEqualTo(401);
    assertThat(sandbox.violations()).isEmpty();
  }

  /** {cpr, caseNumber} of the first person in the population with a sensitive case. */
  private static String[] sensitiveCase() throws Exception {
    for (Person p : sandbox.server().population().persons()) {
      for (CaseSummary c : list(caseworker, p.personnummer(), "")) {
        if (c.sensitivity() != Sensitivity.NORMAL) {
          return new String[] {p.personnummer(), c.caseNumber()};
        }
      }
    }
    throw new AssertionError("no sensitive case in the population");
  }

  private static List<CaseSummary> list(Http http, String cpr, String query) throws Exception {
    HttpResponse<String> response = sandbox.get(http, "cases/v1/citizens/" + cpr + "/cases" + query);
    assertThat(response.statusCode()).isEqualTo(200);
    return List.of(MAPPER.readValue(response.body(), CaseSummary[].class));
  }

  private static List<String> titles(List<CaseSummary> cases) {
    List<String> titles = new ArrayList<>();
    cases.forEach(c -> titles.add(c.title()));
    return titles;
  }
}
