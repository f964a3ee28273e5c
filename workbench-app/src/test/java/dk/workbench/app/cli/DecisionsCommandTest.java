package dk.workbench.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.workbench.sandbox.SandboxConfig;
import dk.workbench.sandbox.SandboxServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code workbench decisions verify}, against a sandbox of its own (connected mode) and the embedded one (demo mode). */
class DecisionsCommandTest {
  private static SandboxServer sandbox;
  /** Deliberately wrong decision id → CPR number. */
  private static final Map<String, String> WRONG = new HashMap<>();

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeAll
  static void start() throws Exception {
    sandbox = SandboxServer.start(SandboxConfig.defaults());
    HttpResponse<String> answer = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(sandbox.baseUrl().resolve("sandbox/v1/archetypes")).build(),
        HttpResponse.BodyHandlers.ofString());
    for (JsonNode entry : new ObjectMapper().readTree(answer.body())) {
      if (entry.path("archetype").asText().equals("wrong-decision")) {
        WRONG.put(entry.get("decisionId").asText(), entry.get("cpr").asText());
      }
    }
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  private int run(String... args) {
    CommandLine cli = WorkbenchCommand.newCommandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  private String connected() {
    return "--workbench.backend.base-url=" + sandbox.baseUrl();
  }

  @Test
  void neitherCprNorAllIsExitCode2() {
    assertThat(run("decisions", "verify")).isEqualTo(2);
    assertThat(err.toString()).contains("Give either --cpr CPR or --all (not neither)");
  }

  @Test
  void bothCprAndAllIsExitCode2() {
    assertThat(run("decisions", "verify", "--all", "--cpr", "0101501234")).isEqualTo(2);
    assertThat(err.toString()).contains("(not both)");
  }

  @Test
  void aBadCprNumberIsExitCode2WithTheReason() {
    assertThat(run("decisions", "verify", "--cpr", "12345")).isEqualTo(2);
    assertThat(err.toString()).contains("not a valid CPR number: a CPR number has 10 digits");
  }

  @Test
  void anUnknownFormatIsExitCode2() {
    assertThat(run("decisions", "verify", "--cpr", "0101501234", "--format", "xml")).isEqualTo(2);
    assertThat(err.toString()).contains("--format");
  }

  @Test
  void allInConnectedModeIsExitCode2() {
    assertThat(run("decisions", "verify", "--all", "--workbench.mode=connected", connected())).isEqualTo(2);
    assertThat(err.toString()).contains("--all needs demo mode");
  }

  @Test
  void aCitizenWithAWrongDecisionGetsItAsJsonWithBothAmounts() throws Exception {
    Map.Entry<String, String> wrong = WRONG.entrySet().iterator().next();

    int exit = run("decisions", "verify", "--cpr", wrong.getValue(), "--format", "json", "--workbench.mode=connected",
        connected());

    assertThat(exit).as(err.toString()).isZero();
    JsonNode findings = new ObjectMapper().readTree(out.toString());
    assertThat(findings.isArray()).isTrue();
    JsonNode finding = null;
    for (JsonNode f : findings) {
      if (f.get("decisionId").asText().equals(wrong.getKey())) {
        finding = f;
      }
    }
    assertThat(finding).as("the wrong decision is reported").isNotNull();
    assertThat(finding.get("cpr").asText()).isEqualTo(wrong.getValue().replace("-", ""));
    assertThat(finding.get("benefit").asText()).isIn("FOLKEPENSION", "BOERNE_UNGEYDELSE", "BOLIGSTOETTE");
    assertThat(finding.get("backendAmount").decimalValue())
        .isNotEqualByComparingTo(finding.get("recomputedAmount").decimalValue());
    assertThat(finding.get("lines").size()).isPositive();
    assertThat(err.toString()).contains("disagreements");
  }

  @Test
  void allChecksEverySandboxCitizenAndFindsExactlyTheWrongDecisions() throws Exception {
    int exit = run("decisions", "verify", "--all", "--format", "json");

    assertThat(exit).as(err.toString()).isZero();
    Map<String, String> found = new HashMap<>();
    for (JsonNode f : new ObjectMapper().readTree(out.toString())) {
      found.put(f.get("decisionId").asText(), f.get("cpr").asText());
    }
    Map<String, String> expected = new HashMap<>();
    WRONG.forEach((id, cpr) -> expected.put(id, cpr.replace("-", "")));
    assertThat(found).isEqualTo(expected);
  }

  @Test
  void textOutputMasksTheCitizen() throws Exception {
    Map.Entry<String, String> wrong = WRONG.entrySet().iterator().next();

    assertThat(run("decisions", "verify", "--cpr", wrong.getValue(), "--workbench.mode=connected", connected())).isZero();

    assertThat(out.toString()).contains(wrong.getKey()).contains("******-****").contains("back-end")
        .doesNotContain(wrong.getValue().replace("-", "").substring(0, 6) + "-" + wrong.getValue().replace("-", "").substring(6));
  }
}
