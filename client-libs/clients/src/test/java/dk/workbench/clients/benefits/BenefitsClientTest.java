package dk.workbench.clients.benefits;

import static org.assertj.core.api.Assertions.assertThat;

import dk.workbench.clients.decisions.MockBackEnd;
import dk.workbench.contracts.benefits.Grant;
import dk.workbench.contracts.benefits.Payment;
import dk.workbench.contracts.cpr.CprNumber;
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

class BenefitsClientTest {
  private static final String GRANTS = """
      [{"id":"BEV-FP-2026-1234567","benefit":"FOLKEPENSION","title":"Folkepension","periodFrom":"2026-01-01",
        "amount":15527.10,"amountPeriod":"MONTH","status":"ACTIVE",
        "authority":{"name":"Udbetaling Danmark","cvr":"29980214","type":"PAYMENT_DENMARK"},
        "decisionId":"UDK-FP-2026-1234567","caseNumber":"UDK-2018-1234567"}]
      """;
  private static final String PAYMENTS = """
      [{"id":"UDB-FP-2026-03-1234567","benefit":"FOLKEPENSION","grantId":"BEV-FP-2026-1234567",
        "dispositionDate":"2026-02-27","gross":15527.10,"tax":4205.00,"net":9104.10,
        "setOffs":[{"text":"Modregning: restskat for 2024 (Gældsstyrelsen)","amount":2218.00}],
        "periods":[{"from":"2026-03-01","to":"2026-03-31"}]}]
      """;

  @StartStop public final MockWebServer server = new MockWebServer();

  private CprNumber cpr;
  private BenefitsClient client;

  @BeforeEach
  void setUp() throws Exception {
    cpr = CprNumber.parse("0707614285", LocalDate.of(2026, 1, 1));
    client = new BenefitsClient(MockBackEnd.endpoint(server));
  }

  @Test
  void grantsKeepExactAmounts() throws Exception {
    server.enqueue(MockBackEnd.json(200, GRANTS));

    List<Grant> grants = client.listGrants(cpr);

    assertThat(grants.get(0).amount()).isEqualTo(new BigDecimal("15527.10"));
    assertThat(grants.get(0).periodTo()).isNull();
    assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/benefits/v1/citizens/0707614285/grants");
  }

  @Test
  void paymentsSendTheWindowAndAddUp() throws Exception {
    server.enqueue(MockBackEnd.json(200, PAYMENTS));

    Payment p = client.listPayments(cpr, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)).get(0);

    assertThat(p.net()).isEqualByComparingTo(p.gross().subtract(p.tax()).subtract(p.setOffs().get(0).amount()));
    assertThat(p.periods().get(0).to()).isEqualTo(LocalDate.of(2026, 3, 31));
    RecordedRequest request = server.takeRequest();
    assertThat(request.getUrl().queryParameter("from")).isEqualTo("2026-01-01");
    assertThat(request.getUrl().queryParameter("to")).isEqualTo("2026-03-31");
  }

  @Test
  void paymentsWithoutAWindowSendNoQuery() throws Exception {
    server.enqueue(MockBackEnd.json(200, "[]"));
    assertThat(client.listPayments(cpr, null, null)).isEmpty();
    assertThat(server.takeRequest().getUrl().query()).isNull();
  }

  @ParameterizedTest
  @MethodSource("dk.workbench.clients.decisions.MockBackEnd#errors")
  void errorAnswersBecomeTypedExceptions(int status, Class<? extends ApiException> type) {
    MockBackEnd.assertMapsError(server, status, type, () -> client.listPayments(cpr, null, null));
  }

  @Test
  void malformedAndSlowBodies() {
    MockBackEnd.assertMalformedAndSlow(server, PAYMENTS, () -> client.listGrants(cpr));
  }
}
