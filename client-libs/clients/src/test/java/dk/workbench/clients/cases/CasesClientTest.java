package dk.workbench.clients.cases;

import static org.assertj.core.api.Assertions.assertThat;

import dk.workbench.clients.decisions.MockBackEnd;
import dk.workbench.contracts.cases.Authority.AuthorityType;
import dk.workbench.contracts.cases.CaseDetail;
import dk.workbench.contracts.cases.CaseStatus;
import dk.workbench.contracts.cases.CaseSummary;
import dk.workbench.contracts.cases.Deadline.DeadlineType;
import dk.workbench.contracts.cpr.CprNumber;
import dk.workbench.http.ApiException;
import java.time.LocalDate;
import java.util.List;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CasesClientTest {
  private static final String LIST = """
      [{"caseNumber":"K751-2025-0312456","restricted":true,"status":"OPLYST","statusDate":"2025-10-02",
        "citizenStatusText":"Vi har de oplysninger, vi skal bruge, og behandler din sag.","sensitivity":"SENSITIVE",
        "authority":{"name":"Aarhus Kommune","cvr":"29189498","type":"MUNICIPALITY"},
        "responsibleUnit":"Jobcenter","opened":"2025-09-20"}]
      """;
  private static final String DETAIL = """
      {"caseNumber":"UDK-2019-1234567","title":"Folkepension","kle":{"code":"32.03.00","title":"Folkepension"},
       "facet":{"code":"G01","title":"Generelle sager"},"status":"AFGJORT",
       "statusHistory":[{"status":"OPSTAAET","date":"2019-01-02"},{"status":"AFGJORT","date":"2019-02-01"}],
       "citizenStatusText":"Du får folkepension.","sensitivity":"NORMAL",
       "authority":{"name":"Udbetaling Danmark","cvr":"29980214","type":"PAYMENT_DENMARK"},
       "responsibleUnit":"Udbetaling Danmark, Pension","opened":"2019-01-02",
       "parties":[{"role":"PRIMAER","cpr":"0707614285"}],
       "documents":[{"id":"UDK-2019-1234567-D1","title":"Ansøgning om folkepension","date":"2019-01-02",
         "direction":"INDGAAENDE"}],
       "deadlines":[{"type":"KLAGEFRIST","description":"Frist for at klage","date":"2019-03-01"}],
       "decisionIds":["UDK-FP-2026-1234567"]}
      """;

  @StartStop public final MockWebServer server = new MockWebServer();

  private CprNumber cpr;
  private CasesClient client;

  @BeforeEach
  void setUp() throws Exception {
    cpr = CprNumber.parse("0707614285", LocalDate.of(2026, 1, 1));
    client = new CasesClient(MockBackEnd.endpoint(server));
  }

  @Test
  void listCasesSendsTheFiltersAndMapsRestrictedCases() throws Exception {
    server.enqueue(MockBackEnd.json(200, LIST));

    List<CaseSummary> cases = client.listCases(cpr, CaseStatus.OPLYST, AuthorityType.MUNICIPALITY);

    assertThat(cases).singleElement().satisfies(c -> {
      assertThat(c.restricted()).isTrue();
      assertThat(c.title()).isNull();
      assertThat(c.authority().type()).isEqualTo(AuthorityType.MUNICIPALITY);
    });
    RecordedRequest request = server.takeRequest();
    assertThat(request.getUrl().encodedPath()).isEqualTo("/cases/v1/citizens/0707614285/cases");
    assertThat(request.getUrl().queryParameter("status")).isEqualTo("OPLYST");
    assertThat(request.getUrl().queryParameter("authority")).isEqualTo("MUNICIPALITY");
  }

  @Test
  void getCaseMapsHistoryPartiesDocumentsAndDeadlines() throws Exception {
    server.enqueue(MockBackEnd.json(200, DETAIL));

    CaseDetail c = client.getCase("UDK-2019-1234567");

    assertThat(c.statusHistory()).extracting(h -> h.status()).containsExactly(CaseStatus.OPSTAAET, CaseStatus.AFGJORT);
    assertThat(c.deadlines().get(0).type()).isEqualTo(DeadlineType.KLAGEFRIST);
    assertThat(c.deadlines().get(0).met()).isNull();
    assertThat(c.decisionIds()).containsExactly("UDK-FP-2026-1234567");
    assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/cases/v1/cases/UDK-2019-1234567");
  }

  @ParameterizedTest
  @MethodSource("dk.workbench.clients.decisions.MockBackEnd#errors")
  void errorAnswersBecomeTypedExceptions(int status, Class<? extends ApiException> type) {
    MockBackEnd.assertMapsError(server, status, type, () -> client.listCases(cpr, null, null));
  }

  @Test
  void malformedAndSlowBodies() {
    MockBackEnd.assertMalformedAndSlow(server, DETAIL, () -> client.getCase("UDK-2019-1234567"));
  }
}
