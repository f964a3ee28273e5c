package dk.workbench.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dk.workbench.clients.auth.SandboxTokenSource;
import dk.workbench.clients.benefits.BenefitsClient;
import dk.workbench.clients.decisions.DecisionsClient;
import dk.workbench.clients.interactions.InteractionsClient;
import dk.workbench.contracts.auth.StaffRole;
import dk.workbench.contracts.benefits.BenefitType;
import dk.workbench.http.ApiEndpoint;
import dk.workbench.http.HttpClients;
import dk.workbench.http.HttpSettings;
import dk.workbench.rules.RulesEngine;
import dk.workbench.sandbox.SandboxConfig;
import dk.workbench.sandbox.SandboxServer;
import dk.workbench.service.explanation.DecisionWorkspace;
import dk.workbench.service.explanation.OpenedDecision;
import dk.workbench.service.explanation.SupervisorReports;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** The explanation benchmark's measuring loop, headless (Monocle), on decisions from the real sandbox. */
@Tag("ui")
class BenchExplanationTest {
  @Test
  void timesOpeningAndWhatIfOnDecisionsOfEveryBenefit() throws Exception {
    try (SandboxServer sandbox = SandboxServer.start(SandboxConfig.defaults())) {
      var plain = HttpClients.newClient(HttpSettings.defaults());
      var tokens = new SandboxTokenSource(ApiEndpoint.of(sandbox.baseUrl(), plain), null, StaffRole.CALL_AGENT, null);
      ApiEndpoint endpoint = ApiEndpoint.of(sandbox.baseUrl(), HttpClients.newClient(HttpSettings.defaults(), tokens));
      var workspace = new DecisionWorkspace(new DecisionsClient(endpoint), new BenefitsClient(endpoint),
          RulesEngine.standard(), SupervisorReports.direct(new InteractionsClient(endpoint)), Clock.systemDefaultZone());
      List<OpenedDecision> opened = BenchExplanation.fetch(workspace, sandbox.population().persons(), 12);
      assertThat(opened).extracting(o -> o.decision().benefit()).contains(BenefitType.values());
      FxToolkit.registerPrimaryStage();

      BenchExplanation.Figures f = BenchExplanation.measure(workspace, opened, 60);

      System.out.println("bench explanation (headless Monocle): " + f);
      assertThat(f.lines()).isGreaterThan(5);
      assertThat(f.openP50()).isPositive().isLessThanOrEqualTo(f.openP95());
      assertThat(f.whatIfP50()).isPositive().isLessThanOrEqualTo(f.whatIfP95());
    }
  }
}
