package dk.workbench.sandbox.benefits;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.workbench.contracts.ContractsJson;
import dk.workbench.contracts.benefits.BenefitType;
import dk.workbench.contracts.benefits.Grant;
import dk.workbench.contracts.benefits.Payment;
import dk.workbench.contracts.decisions.Decision;
import dk.workbench.contracts.sandbox.ArchetypeEntry;
import dk.workbench.sandbox.decisions.ValidatedSandbox;
import dk.workbench.sandbox.testing.Http;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Grants, payments and decisions agree, over real HTTP, every exchange validated against the
 * benefits and decisions OpenAPI files.
 */
class BenefitsApiTest {
  private static final ObjectMapper MAPPER = ContractsJson.newMapper();

  private static ValidatedSandbox sandbox;
  private static Http agent;

  @BeforeAll
  static void start() {
    sandbox = new ValidatedSandbox("openapi/benefits.openapi.yaml", "openapi/decisions.openapi.yaml");
    agent = sandbox.staff("CALL_AGENT");
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  @Test
  void grantsRestOnDecisionsAndPaymentsOnGrants() throws Exception {
    int payments = 0;
    for (ArchetypeEntry a : sandbox.server().population().archetypes()) {
      List<Grant> grants = List.of(read("benefits/v1/citizens/" + a.cpr() + "/grants", Grant[].class));
      Map<String, Grant> byId = grants.stream().collect(Collectors.toMap(Grant::id, Function.identity()));
      for (Grant g : grants) {
        Decision d = read("decisions/v1/decisions/" + g.decisionId(), Decision.class);
        BigDecimal expected = g.benefit() == BenefitType.BOERNE_UNGEYDELSE ? d.result().quarterly() : d.result().monthly();
        assertThat(g.amount()).isEqualByComparingTo(expected);
        assertThat(g.periodFrom()).isEqualTo(d.validFrom());
        assertThat(g.caseNumber()).isEqualTo(d.caseNumber());
      }
      for (Payment p : read("benefits/v1/citizens/" + a.cpr() + "/payments?from=2024-01-01", Payment[].class)) {
        payments++;
        Grant g = byId.get(p.grantId());
        assertThat(g).as(p.id()).isNotNull();
        assertThat(p.gross()).isEqualByComparingTo(g.amount());
        BigDecimal setOff = p.setOffs().stream().map(Payment.SetOff::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(p.net()).isEqualByComparingTo(p.gross().subtract(p.tax()).subtract(setOff));
        assertThat(p.gross().scale()).isEqualTo(2);
        assertThat(p.dispositionDate()).isBeforeOrEqualTo(LocalDate.now());
        if (p.benefit() != BenefitType.FOLKEPENSION) {
          assertThat(p.tax()).isEqualByComparingTo(BigDecimal.ZERO);
        }
      }
    }
    assertThat(payments).isGreaterThan(20);
    assertThat(sandbox.violations()).isEmpty();
  }

  @Test
  void somePaymentsCarrySetOffsAndPensionsAreTaxed() throws Exception {
    boolean setOff = false;
    boolean taxed = false;
    var persons = sandbox.server().population().persons();
    for (int i = 0; i < persons.size() && !(setOff && taxed); i += 7) {
      for (Payment p : read("benefits/v1/citizens/" + persons.get(i).personnummer() + "/payments", Payment[].class)) {
        setOff |= !p.setOffs().isEmpty() && p.setOffs().get(0).text().startsWith("Modregning");
        taxed |= p.benefit() == BenefitType.FOLKEPENSION && p.tax().signum() > 0;
      }
    }
    assertThat(setOff).isTrue();
    assertThat(taxed).isTrue();
  }

  @Test
  void thePaymentWindowFiltersByDispositionDateAndIsChecked() throws Exception {
    String cpr = sandbox.server().population().archetypes().stream()
        .filter(a -> a.archetype().equals("single-pensioner")).findFirst().orElseThrow().cpr();
    List<Payment> february = List.of(read("benefits/v1/citizens/" + cpr + "/payments?from=2026-02-01&to=2026-02-28",
        Payment[].class)).stream().filter(p -> p.benefit() == BenefitType.FOLKEPENSION).toList();
    assertThat(february).singleElement().satisfies(p -> {
      assertThat(p.dispositionDate()).isEqualTo(LocalDate.of(2026, 2, 27)); // last banking day before March
      assertThat(p.periods().get(0).from()).isEqualTo(LocalDate.of(2026, 3, 1));
    });

    HttpResponse<String> reversed = sandbox.getInvalid(agent, "benefits/v1/citizens/" + cpr + "/payments?from=2026-05-01&to=2026-01-01");
    assertThat(reversed.statusCode()).isEqualTo(400);
    assertThat(reversed.body()).contains("from").doesNotContain(cpr);
    assertThat(sandbox.getInvalid(agent, "benefits/v1/citizens/" + cpr + "/payments?from=maj").statusCode()).isEqualTo(400);
    assertThat(sandbox.get(agent, "benefits/v1/citizens/0101010000/grants").statusCode()).isEqualTo(404);
    assertThat(sandbox.violations()).isEmpty();
  }

  private static <T> T read(String path, Class<T> type) throws Exception {
    HttpResponse<String> response = sandbox.get(agent, path);
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    return MAPPER.readValue(response.body(), type);
  }
}
