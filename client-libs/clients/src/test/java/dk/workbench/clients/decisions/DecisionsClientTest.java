package dk.workbench.clients.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import dk.workbench.contracts.benefits.BenefitType;
import dk.workbench.contracts.cpr.CprNumber;
import dk.workbench.contracts.decisions.Decision;
import dk.workbench.contracts.decisions.DecisionSummary;
import dk.workbench.http.ApiException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DecisionsClientTest {
  static final String DECISION = """
      {"id":"UDK-FP-2026-1234567","benefit":"FOLKEPENSION","title":"Folkepension – årlig regulering 2026",
       "period":"2026-01","decisionDate":"2025-12-05","validFrom":"2026-01-01",
       "result":{"annual":186324.00,"monthly":15527.10},
       "authority":{"name":"Udbetaling Danmark","cvr":"29980214","type":"PAYMENT_DENMARK"},
       "caseNumber":"UDK-2018-1234567",
       "facts":{"benefit":"folkepension","period":"2026-01","person":{"birthDate":"1953-01-15","civilStatus":"single",
         "partnerReceivesSocialPension":false,"residenceYearsInDenmark":52},"incomes":[]},
       "factSources":[{"field":"person.civilStatus","source":"CPR civilstand","date":"2019-05-01"}],
       "calculation":{"schemaVersion":"1","benefit":"folkepension","period":"2026-01","result":{"annual":186324},
         "lines":[]},"newField":true}
      """;

  @StartStop public final MockWebServer server = new MockWebServer();

  private CprNumber cpr;
  private DecisionsClient client;

  @BeforeEach
  void setUp() throws Exception {
    cpr = CprNumber.parse("0707614285", LocalDate.of(2026, 1, 1));
    client = new DecisionsClient(MockBackEnd.endpoint(server));
  }

  @Test
  void getDecisionMapsExactAmountsFactsAndTrace() throws Exception {
    server.enqueue(MockBackEnd.json(200, DECISION));

    Decision d = client.getDecision("UDK-FP-2026-1234567");

    assertThat(d.result().monthly()).isEqualTo(new BigDecimal("15527.10"));
    assertThat(d.facts().at("/person/civilStatus").asText()).isEqualTo("single");
    assertThat(d.factSources().get(0).date()).isEqualTo(LocalDate.of(2019, 5, 1));
    assertThat(d.calculation().get("schemaVersion").asText()).isEqualTo("1");
    RecordedRequest request = server.takeRequest();
    assertThat(request.getUrl().encodedPath()).isEqualTo("/decisions/v1/decisions/UDK-FP-2026-1234567");
    assertThat(request.getHeaders().get("Accept")).isEqualTo("application/json");
  }

  @Test
  void listDecisionsSendsTheBenefitFilter() throws Exception {
    server.enqueue(MockBackEnd.json(200, "[]"));

    List<DecisionSummary> list = client.listDecisions(cpr, BenefitType.BOLIGSTOETTE);

    assertThat(list).isEmpty();
    RecordedRequest request = server.takeRequest();
    assertThat(request.getUrl().encodedPath()).isEqualTo("/decisions/v1/citizens/0707614285/decisions");
    assertThat(request.getUrl().queryParameter("benefit")).isEqualTo("BOLIGSTOETTE");
  }

  @Test
  void idsAreEncodedAsOnePathSegment() throws Exception {
    server.enqueue(MockBackEnd.json(200, DECISION));
    client.getDecision("a/b c");
    assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/decisions/v1/decisions/a%2Fb%20c");
  }

  @ParameterizedTest
  @MethodSource("dk.workbench.clients.decisions.MockBackEnd#errors")
  void errorAnswersBecomeTypedExceptions(int status, Class<? extends ApiException> type) {
    MockBackEnd.assertMapsError(server, status, type, () -> client.getDecision("UDK-FP-2026-1234567"));
  }

  @Test
  void malformedAndSlowBodies() {
    MockBackEnd.assertMalformedAndSlow(server, DECISION, () -> client.getDecision("UDK-FP-2026-1234567"));
  }
}
