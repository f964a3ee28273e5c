package dk.workbench.service.explanation;

import dk.workbench.clients.benefits.BenefitsClient;
import dk.workbench.clients.decisions.DecisionsClient;
import dk.workbench.contracts.benefits.BenefitType;
import dk.workbench.contracts.benefits.Payment;
import dk.workbench.contracts.cpr.CprNumber;
import dk.workbench.contracts.decisions.Decision;
import dk.workbench.contracts.decisions.DecisionSummary;
import dk.workbench.contracts.interactions.InteractionChannel;
import dk.workbench.contracts.interactions.InteractionOutcome;
import dk.workbench.contracts.interactions.InteractionReason;
import dk.workbench.contracts.interactions.NewInteraction;
import dk.workbench.http.ApiException;
import dk.workbench.rules.Explanation;
import dk.workbench.rules.ExplanationComparison;
import dk.workbench.rules.Facts;
import dk.workbench.rules.FactsException;
import dk.workbench.rules.Language;
import dk.workbench.rules.Rendering;
import dk.workbench.rules.RulesEngine;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The decision workspace (issue 7): a benefit's decisions and payments; a decision recomputed
 * from the facts the back-end used and compared with its own trace; what changed between two
 * decisions and why; what-if simulations; the citizen summary; and "send to supervisor" for a
 * discrepancy. Synchronous and thread-agnostic; the calls that block say so by throwing
 * {@link ApiException}.
 */
public final class DecisionWorkspace {
  /** How far back the payments chart goes. */
  public static final int PAYMENT_MONTHS = 24;
  private static final int NOTES_LIMIT = 4000;

  private final DecisionsClient decisions;
  private final BenefitsClient benefits;
  private final RulesEngine engine;
  private final SupervisorReports reports;
  private final Clock clock;

  public DecisionWorkspace(DecisionsClient decisions, BenefitsClient benefits, RulesEngine engine,
      SupervisorReports reports, Clock clock) {
    this.decisions = Objects.requireNonNull(decisions, "decisions");
    this.benefits = Objects.requireNonNull(benefits, "benefits");
    this.engine = Objects.requireNonNull(engine, "engine");
    this.reports = Objects.requireNonNull(reports, "reports");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** The citizen's decisions on {@code benefit} ({@code null}: all), newest first. */
  public List<DecisionSummary> decisions(CprNumber cpr, BenefitType benefit) throws ApiException {
    List<DecisionSummary> list = new ArrayList<>(decisions.listDecisions(cpr, benefit));
    list.sort(Comparator.comparing(DecisionSummary::decisionDate, Comparator.nullsLast(Comparator.reverseOrder()))
        .thenComparing(DecisionSummary::period, Comparator.nullsLast(Comparator.reverseOrder())));
    return list;
  }

  /** The payments of {@code benefit} in the last {@value #PAYMENT_MONTHS} months, oldest first. */
  public List<Payment> payments(CprNumber cpr, BenefitType benefit) throws ApiException {
    LocalDate to = LocalDate.now(clock);
    LocalDate from = to.minusMonths(PAYMENT_MONTHS).withDayOfMonth(1).plusMonths(1);
    List<Payment> list = new ArrayList<>();
    for (Payment p : benefits.listPayments(cpr, from, to)) {
      if (benefit == null || p.benefit() == benefit) {
        list.add(p);
      }
    }
    list.sort(Comparator.comparing(Payment::dispositionDate));
    return list;
  }

  /**
   * Fetches one decision and recomputes it from its facts.
   *
   * @throws FactsException when the back-end's facts are not valid facts (names the field)
   */
  public OpenedDecision open(String decisionId) throws ApiException, FactsException {
    return recompute(decisions.getDecision(decisionId));
  }

  /** Recomputes a fetched decision from its facts and compares it with its trace (no I/O). */
  public OpenedDecision recompute(Decision decision) throws FactsException {
    if (decision.facts() == null) {
      throw new FactsException("facts", "missing in the decision");
    }
    Facts facts = Facts.parse(decision.facts().toString());
    Explanation ours = engine.explain(facts);
    return new OpenedDecision(decision, facts, ours, DecisionVerifier.verify(decision, ours));
  }

  /** Why did it change: the lines that differ from {@code older} to {@code newer}, with the input or rate behind each. */
  public ExplanationComparison change(OpenedDecision older, OpenedDecision newer) {
    return ExplanationComparison.compare(older.recomputed(), newer.recomputed());
  }

  /**
   * What if: the decision's facts with {@code inputs} applied, explained and compared with the
   * decision's recomputation. Nothing is saved.
   *
   * @throws FactsException when an edited value is not allowed (names the field)
   */
  public Simulation simulate(OpenedDecision base, WhatIfInputs inputs) throws FactsException {
    Facts edited = Facts.parse(inputs.applyTo(base.decision().facts()).toString());
    Explanation e = engine.explain(edited);
    return new Simulation(inputs, e, ExplanationComparison.compare(base.recomputed(), e),
        e.result().totals().get(base.verification().amountField()));
  }

  /** The inputs of the decision's own facts (what "reset" returns to). */
  public WhatIfInputs inputs(OpenedDecision decision) {
    return WhatIfInputs.of(decision.decision().facts());
  }

  /** The 5-10 sentence plain-language summary for the citizen. */
  public List<String> summary(Explanation explanation, Language language) {
    return Rendering.summary(explanation, language);
  }

  /**
   * The citizen summary as a one-page accessible PDF (PDF/A-2b + PDF/UA-1, the same writer as the
   * access statement): {@code title} as the heading, one paragraph per sentence.
   */
  public void writeSummaryPdf(String title, List<String> sentences, java.io.OutputStream out) throws java.io.IOException {
    try (var pdf = new dk.workbench.service.accesslog.AccessStatementPdf(title, sentences, clock.instant())) {
      pdf.save(out);
    }
  }

  /**
   * Records a discrepancy for a supervisor: an interaction on the citizen (reason "decision
   * explanation" and the benefit, to be followed up today by the supervisors' queue, where the
   * follow-up queue shows it) whose notes name the decision, both
   * amounts and the differing lines. No CPR number or name in the notes.
   *
   * @return the interaction recorded
   */
  public NewInteraction sendToSupervisor(CprNumber cpr, OpenedDecision opened) throws Exception {
    NewInteraction interaction = new NewInteraction(clock.instant(), InteractionChannel.PHONE,
        List.of(InteractionReason.DECISION_EXPLANATION, reason(opened.decision().benefit())), notes(opened),
        InteractionOutcome.FOLLOW_UP_REQUIRED, java.time.LocalDate.now(clock),
        dk.workbench.service.calls.FollowUpQueue.SUPERVISORS);
    reports.send(cpr, interaction);
    return interaction;
  }

  /** Recomputes every decision of the citizen; blocking (one call for the list, one per decision). */
  public CitizenCheck verify(CprNumber cpr) throws ApiException {
    List<DecisionSummary> list = decisions.listDecisions(cpr, null);
    List<CitizenCheck.Disagreement> wrong = new ArrayList<>();
    List<String> unreadable = new ArrayList<>();
    for (DecisionSummary s : list) {
      Decision d = decisions.getDecision(s.id());
      try {
        OpenedDecision o = recompute(d);
        if (!o.verification().agrees()) {
          wrong.add(new CitizenCheck.Disagreement(d.id(), d.benefit(), d.period(), o.verification()));
        }
      } catch (FactsException e) {
        unreadable.add(d.id() + ": " + e.getMessage());
      }
    }
    return new CitizenCheck(cpr, list.size(), wrong, unreadable);
  }

  static InteractionReason reason(BenefitType benefit) {
    if (benefit == null) {
      return InteractionReason.OTHER;
    }
    return switch (benefit) {
      case FOLKEPENSION -> InteractionReason.PENSION;
      case BOERNE_UNGEYDELSE -> InteractionReason.CHILD_BENEFIT;
      case BOLIGSTOETTE -> InteractionReason.HOUSING_BENEFIT;
    };
  }

  static String notes(OpenedDecision opened) {
    Verification v = opened.verification();
    Decision d = opened.decision();
    StringBuilder sb = new StringBuilder();
    sb.append("Afvigelse fundet ved genberegning af afgørelse ").append(d.id()).append(" (").append(d.title())
        .append(", periode ").append(d.period()).append("): Udbetaling Danmark ").append(kroner(v.backendAmount()))
        .append(", genberegnet ").append(kroner(v.recomputedAmount())).append(" (").append(v.amountField()).append(").");
    if (!v.differences().isEmpty()) {
      sb.append(" Afvigende linjer:");
      for (Verification.LineDifference line : v.differences()) {
        sb.append("\n- ").append(line.id());
        for (Verification.Detail detail : line.details()) {
          sb.append("; ").append(detail.kind().name().toLowerCase(Locale.ROOT));
          if (detail.name() != null) {
            sb.append(' ').append(detail.name());
          }
          sb.append(": ").append(orDash(detail.backend()));
          if (detail.backendValidFrom() != null) {
            sb.append(" (fra ").append(detail.backendValidFrom()).append(')');
          }
          sb.append(" → ").append(orDash(detail.recomputed()));
          if (detail.recomputedValidFrom() != null) {
            sb.append(" (fra ").append(detail.recomputedValidFrom()).append(')');
          }
        }
      }
    }
    return sb.length() <= NOTES_LIMIT ? sb.toString() : sb.substring(0, NOTES_LIMIT - 1) + "…";
  }

  private static String orDash(String s) {
    return s == null ? "–" : s;
  }

  private static String kroner(BigDecimal amount) {
    if (amount == null) {
      return "–";
    }
    DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("da-DK")));
    return f.format(amount.setScale(2, RoundingMode.HALF_UP)) + " kr.";
  }
}
