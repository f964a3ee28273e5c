package dk.workbench.service.explanation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.workbench.clients.auth.SandboxTokenSource;
import dk.workbench.clients.benefits.BenefitsClient;
import dk.workbench.clients.decisions.DecisionsClient;
import dk.workbench.clients.interactions.InteractionsClient;
import dk.workbench.contracts.benefits.BenefitType;
import dk.workbench.contracts.cpr.CprNumber;
import dk.workbench.contracts.decisions.DecisionSummary;
import dk.workbench.contracts.interactions.InteractionOutcome;
import dk.workbench.contracts.interactions.InteractionReason;
import dk.workbench.contracts.auth.StaffRole;
import dk.workbench.http.ApiEndpoint;
import dk.workbench.http.HttpClients;
import dk.workbench.http.HttpSettings;
import dk.workbench.rules.ExplanationComparison;
import dk.workbench.rules.FactsException;
import dk.workbench.rules.Language;
import dk.workbench.rules.RulesEngine;
import dk.workbench.sandbox.SandboxConfig;
import dk.workbench.sandbox.SandboxServer;
import dk.workbench.contracts.cpr.Person;
import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The decision workspace against the real sandbox over loopback. */
class DecisionWorkspaceTest {
  /** Correct decisions to check per benefit. */
  private static final int SAMPLE = 15;

  private static SandboxServer sandbox;
  private static ApiEndpoint endpoint;
  private static DecisionWorkspace workspace;
  private static Map<String, String> wrong;

  @BeforeAll
  static void start() throws Exception {
    sandbox = SandboxServer.start(SandboxConfig.defaults());
    var plain = HttpClients.newClient(HttpSettings.defaults());
    var tokens = new SandboxTokenSource(ApiEndpoint.of(sandbox.baseUrl(), plain), null, StaffRole.CALL_AGENT, null);
    endpoint = ApiEndpoint.of(sandbox.baseUrl(), HttpClients.newClient(HttpSettings.defaults(), tokens));
    workspace = new DecisionWorkspace(new DecisionsClient(endpoint), new BenefitsClient(endpoint), RulesEngine.standard(),
        SupervisorReports.direct(new InteractionsClient(endpoint)), Clock.systemDefaultZone());
    wrong = new HashMap<>();
    HttpResponse<String> answer = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(sandbox.baseUrl().resolve("sandbox/v1/archetypes")).build(),
        HttpResponse.BodyHandlers.ofString());
    for (JsonNode entry : new ObjectMapper().readTree(answer.body())) {
      if (entry.path("archetype").asText().equals("wrong-decision")) {
        wrong.put(entry.get("decisionId").asText(), entry.get("cpr").asText());
      }
    }
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  @Test
  void everyDeliberatelyWrongDecisionIsCaughtWithItsDifferingLines() throws Exception {
    assertThat(wrong).hasSizeGreaterThan(100);
    for (String id : wrong.keySet()) {
      OpenedDecision opened = workspace.open(id);
      Verification v = opened.verification();
      assertThat(v.agrees()).as(id).isFalse();
      assertThat(v.differences()).as(id).isNotEmpty();
      assertThat(v.backendAmount()).as(id).isNotEqualByComparingTo(v.recomputedAmount());
    }
  }

  @Test
  void noCorrectDecisionIsFlaggedInASampleOfAllThreeBenefits() throws Exception {
    Map<BenefitType, Integer> checked = new EnumMap<>(BenefitType.class);
    for (Person person : sandbox.population().persons()) {
      if (checked.values().stream().filter(n -> n >= SAMPLE).count() == BenefitType.values().length) {
        break;
      }
      CprNumber cpr = CprNumber.parse(person.personnummer());
      for (DecisionSummary s : workspace.decisions(cpr, null)) {
        if (wrong.containsKey(s.id()) || checked.getOrDefault(s.benefit(), 0) >= SAMPLE) {
          continue;
        }
        OpenedDecision opened = workspace.open(s.id());
        assertThat(opened.verification().agrees()).as(s.id() + " " + opened.verification().differences()).isTrue();
        assertThat(opened.verification().recomputedAmount()).isEqualByComparingTo(opened.verification().backendAmount());
        checked.merge(s.benefit(), 1, Integer::sum);
      }
    }
    assertThat(checked).containsOnlyKeys(BenefitType.values());
    assertThat(checked.values()).allMatch(n -> n == SAMPLE);
  }

  @Test
  void anOutdatedRateIsShownAsTheRateWithBothValidFromDates() throws Exception {
    String id = wrongOfKind("satserne");
    Verification v = workspace.open(id).verification();
    assertThat(v.differences()).flatMap(Verification.LineDifference::details)
        .anyMatch(d -> d.kind() == Verification.DetailKind.RATE && d.backendValidFrom() != null
            && d.recomputedValidFrom() != null && d.backendValidFrom().compareTo(d.recomputedValidFrom()) < 0);
  }

  @Test
  void decisionsAreNewestFirstAndTheChangeBetweenTheLatestTwoNamesItsCauses() throws Exception {
    CprNumber cpr = citizenWith(BenefitType.FOLKEPENSION, 2);
    List<DecisionSummary> list = workspace.decisions(cpr, BenefitType.FOLKEPENSION);
    assertThat(list.get(0).decisionDate()).isAfterOrEqualTo(list.get(1).decisionDate());

    ExplanationComparison change = workspace.change(workspace.open(list.get(1).id()), workspace.open(list.get(0).id()));

    assertThat(change.lineChanges()).isNotEmpty();
    assertThat(change.lineChanges()).allMatch(c -> !c.reasons().isEmpty());
    assertThat(change.lineChanges()).flatMap(ExplanationComparison.LineChange::reasons)
        .anyMatch(r -> r.kind() == ExplanationComparison.ReasonKind.PARAMETER);
  }

  @Test
  void whatIfChangesTheAmountAndLinesAndResetGivesTheDecisionBack() throws Exception {
    CprNumber cpr = citizenWith(BenefitType.FOLKEPENSION, 1);
    OpenedDecision opened = workspace.open(workspace.decisions(cpr, BenefitType.FOLKEPENSION).get(0).id());
    WhatIfInputs original = workspace.inputs(opened);

    Simulation same = workspace.simulate(opened, original);
    assertThat(same.changes().lineChanges()).isEmpty();
    assertThat(same.amount()).isEqualByComparingTo(opened.verification().recomputedAmount());

    WhatIfInputs richer = original.incomes().isEmpty()
        ? original.withResidenceYears(new BigDecimal("10"))
        : original.withIncome(0, original.incomes().get(0).annual().add(new BigDecimal("300000")));
    Simulation changed = workspace.simulate(opened, richer);
    assertThat(changed.amount()).isLessThan(opened.verification().recomputedAmount());
    assertThat(changed.changes().lineChanges()).isNotEmpty();
    assertThat(opened.decision().facts().toString()).as("the decision's facts are untouched")
        .isEqualTo(workspace.open(opened.decision().id()).decision().facts().toString());
  }

  @Test
  void aWhatIfWithANegativeRentNamesTheField() throws Exception {
    CprNumber cpr = citizenWith(BenefitType.BOLIGSTOETTE, 1);
    OpenedDecision opened = workspace.open(workspace.decisions(cpr, BenefitType.BOLIGSTOETTE).get(0).id());
    WhatIfInputs bad = workspace.inputs(opened).withRent(new BigDecimal("-1"));

    assertThatThrownBy(() -> workspace.simulate(opened, bad)).isInstanceOf(FactsException.class)
        .hasMessageContaining("household.annualRent");
  }

  @Test
  void theSummaryHasFiveToTenSentencesInDanishAndEnglish() throws Exception {
    CprNumber cpr = citizenWith(BenefitType.BOERNE_UNGEYDELSE, 1);
    OpenedDecision opened = workspace.open(workspace.decisions(cpr, BenefitType.BOERNE_UNGEYDELSE).get(0).id());

    List<String> da = workspace.summary(opened.recomputed(), Language.DA);
    List<String> en = workspace.summary(opened.recomputed(), Language.EN);
    assertThat(da).hasSizeBetween(5, 10);
    assertThat(en).hasSameSizeAs(da).isNotEqualTo(da);
  }

  @Test
  void sendToSupervisorRecordsAReferredInteractionWithoutTheCprNumber() throws Exception {
    Map.Entry<String, String> entry = wrong.entrySet().iterator().next();
    CprNumber cpr = CprNumber.parse(entry.getValue());
    OpenedDecision opened = workspace.open(entry.getKey());

    workspace.sendToSupervisor(cpr, opened);

    var recorded = new InteractionsClient(endpoint).interactions(cpr).stream()
        .filter(i -> i.notes() != null && i.notes().contains(entry.getKey())).toList();
    assertThat(recorded).hasSize(1);
    assertThat(recorded.get(0).outcome()).isEqualTo(InteractionOutcome.FOLLOW_UP_REQUIRED);
    assertThat(recorded.get(0).followUpAssignee()).isEqualTo("supervisors");
    assertThat(recorded.get(0).reasons()).contains(InteractionReason.DECISION_EXPLANATION);
    assertThat(recorded.get(0).notes()).doesNotContain(cpr.value()).contains("genberegnet");
  }

  @Test
  void paymentsAreOneBenefitsOldestFirst() throws Exception {
    CprNumber cpr = citizenWith(BenefitType.FOLKEPENSION, 1);
    var payments = workspace.payments(cpr, BenefitType.FOLKEPENSION);
    assertThat(payments).isNotEmpty().allMatch(p -> p.benefit() == BenefitType.FOLKEPENSION);
    for (int i = 1; i < payments.size(); i++) {
      assertThat(payments.get(i).dispositionDate()).isAfterOrEqualTo(payments.get(i - 1).dispositionDate());
    }
  }

  private String wrongOfKind(String descriptionPart) throws Exception {
    HttpResponse<String> answer = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(sandbox.baseUrl().resolve("sandbox/v1/archetypes")).build(),
        HttpResponse.BodyHandlers.ofString());
    for (JsonNode entry : new ObjectMapper().readTree(answer.body())) {
      if (entry.path("archetype").asText().equals("wrong-decision")
          && entry.path("description").asText().contains(descriptionPart)) {
        return entry.get("decisionId").asText();
      }
    }
    throw new AssertionError("no wrong decision described with " + descriptionPart);
  }

  /** A citizen with at least {@code count} correct decisions on {@code benefit}. */
  static CprNumber citizenWith(BenefitType benefit, int count) throws Exception {
    for (Person person : sandbox.population().persons()) {
      CprNumber cpr = CprNumber.parse(person.personnummer());
      List<DecisionSummary> list = workspace.decisions(cpr, benefit);
      if (list.size() >= count && list.stream().noneMatch(s -> wrong.containsKey(s.id()))) {
        return cpr;
      }
    }
    throw new AssertionError("nobody with " + count + " decisions on " + benefit);
  }

  @Test
  void theSummaryIsAOnePageAccessiblePdf(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    CprNumber cpr = CprNumber.parse(sandbox.population().archetypes().stream()
        .filter(e -> e.archetype().equals("single-pensioner")).findFirst().orElseThrow().cpr());
    OpenedDecision opened = workspace.open(workspace.decisions(cpr, null).get(0).id());
    List<String> sentences = workspace.summary(opened.recomputed(), dk.workbench.rules.Language.DA);
    java.nio.file.Path file = dir.resolve("forklaring.pdf");
    try (var out = java.nio.file.Files.newOutputStream(file)) {
      workspace.writeSummaryPdf("Forklaring af din ydelse", sentences, out);
    }

    try (var pdf = org.apache.pdfbox.Loader.loadPDF(file.toFile())) {
      assertThat(pdf.getNumberOfPages()).isEqualTo(1);
      String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
      assertThat(text).contains("Forklaring af din ydelse", sentences.get(0).replaceAll("\\s+", " ").substring(0, 30));
    }
    for (var flavour : List.of(org.verapdf.pdfa.flavours.PDFAFlavour.PDFA_2_B, org.verapdf.pdfa.flavours.PDFAFlavour.PDFUA_1)) {
      org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider.initialise();
      try (var parser = org.verapdf.pdfa.Foundries.defaultInstance().createParser(file.toFile(), flavour)) {
        var result = org.verapdf.pdfa.Foundries.defaultInstance().createValidator(flavour, false).validate(parser);
        assertThat(result.isCompliant()).as(flavour + ": " + result.getTestAssertions().stream()
            .filter(a -> a.getStatus() != org.verapdf.pdfa.results.TestAssertion.Status.PASSED).limit(3).toList()).isTrue();
      }
    }
  }
}
