package dk.workbench.letters;

import dk.workbench.contracts.decisions.Decision;
import dk.workbench.contracts.decisions.DecisionResult;
import dk.workbench.rules.Benefit;
import dk.workbench.rules.Explanation;
import dk.workbench.rules.Facts;
import dk.workbench.rules.FactsException;
import dk.workbench.rules.Input;
import dk.workbench.rules.Language;
import dk.workbench.rules.Line;
import dk.workbench.rules.Rendering;
import dk.workbench.rules.Result;
import dk.workbench.rules.RulesEngine;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Composes the {@link Letter} for a decision: the decision sentence, the amounts, the
 * explanation lines, the legal basis, the complaint guidance with its deadline and the contact
 * details, in Danish or English.
 *
 * <p>The recipient rule: a recipient whose address is protected (CPR navne- og
 * adressebeskyttelse) never has the address printed unless the request says the caller's role
 * permits it; otherwise the recipient block names the sending authority ("c/o …") with the
 * authority's address, and says that the authority forwards the letter.
 *
 * <p>A calculation whose stated amount (monthly, or quarterly for børne- og ungeydelse) is missing
 * because a rate is missing gives no letter: a decision letter must state the amount.
 */
public final class LetterComposer {
  private final RulesEngine engine;

  /** A composer with the standard rules engine. */
  public LetterComposer() {
    this(RulesEngine.standard());
  }

  public LetterComposer(RulesEngine engine) {
    this.engine = engine;
  }

  /**
   * Explains a facts document (the rules engine's format).
   *
   * @throws LetterException naming the invalid field (never its value)
   */
  public Explanation explain(String factsJson) throws LetterException {
    try {
      return engine.explain(Facts.parse(factsJson));
    } catch (FactsException e) {
      throw new LetterException("Invalid facts: " + e.getMessage(), e);
    }
  }

  /**
   * Recomputes a sandbox decision from its facts. The decision's own amounts must equal the
   * recomputed ones: a letter for a decision that does not add up is refused.
   */
  public Explanation explain(Decision decision) throws LetterException {
    if (decision.facts() == null || decision.facts().isNull()) {
      throw new LetterException("Decision " + decision.id() + " carries no facts to explain");
    }
    Explanation e = explain(decision.facts().toString());
    DecisionResult granted = decision.result();
    if (granted != null && !(same(granted.annual(), e.result().annual()) && same(granted.monthly(), e.result().monthly())
        && same(granted.quarterly(), e.result().quarterly()))) {
      throw new LetterException("Decision " + decision.id() + ": its amounts differ from the recomputation of its facts");
    }
    return e;
  }

  private static boolean same(BigDecimal granted, Optional<BigDecimal> computed) {
    return granted == null || computed.map(c -> c.compareTo(granted) == 0).orElse(false);
  }

  /**
   * The letter for a request.
   *
   * @throws LetterException when the calculation misses rates (no amount can be stated)
   */
  public Letter compose(LetterRequest request) throws LetterException {
    Explanation e = request.explanation();
    Result r = e.result();
    boolean entitled = e.benefit() != Benefit.FOLKEPENSION || Boolean.TRUE.equals(r.details().get("entitled"));
    String stated = e.benefit() == Benefit.BOERNE_UNGEYDELSE ? "quarterly" : "monthly";
    if (entitled && r.totals().get(stated) == null) {
      throw new LetterException("The calculation is incomplete, so the letter cannot state the amount; rates missing "
          + "for the period: " + String.join(", ", r.missingParameters()));
    }
    Language lang = request.language();
    Sender sender = request.sender();
    String benefit = LetterTexts.text("benefit." + e.benefit().wireName(), lang);
    String period = Rendering.value(e.period(), lang);
    String subject = capitalise(LetterTexts.text("subject", lang, benefit, period));

    List<String> senderBlock = new ArrayList<>();
    senderBlock.add(sender.authority());
    senderBlock.addAll(sender.address());
    if (sender.cvr() != null) {
      senderBlock.add(LetterTexts.text("cvr", lang, sender.cvr()));
    }

    List<String> contact = new ArrayList<>();
    contact.add(LetterTexts.text("contact.intro", lang));
    contact.add(LetterTexts.text("phone", lang, sender.phone()));
    if (sender.hours() != null) {
      contact.add(LetterTexts.text("hours", lang, sender.hours()));
    }
    if (sender.email() != null) {
      contact.add(LetterTexts.text("email", lang, sender.email()));
    }
    if (sender.web() != null) {
      contact.add(LetterTexts.text("web", lang, sender.web()));
    }

    List<String> complaint = List.of(
        LetterTexts.text("complaint.how", lang, sender.authority()),
        LetterTexts.text("complaint.deadline", lang, sender.authority(), Rendering.value(request.date(), lang),
            Rendering.value(complaintDeadline(request), lang)),
        LetterTexts.text("complaint.review", lang, sender.authority()),
        LetterTexts.text("complaint.law", lang));

    return new Letter(
        LetterTexts.text("lang", lang),
        request.largePrint(),
        LetterTexts.text("title", lang, subject, sender.authority()),
        senderBlock,
        recipientBlock(request),
        request.date(),
        LetterTexts.text("date", lang, Rendering.value(request.date(), lang)),
        request.reference() == null ? null : LetterTexts.text("reference", lang, request.reference()),
        subject,
        LetterTexts.text("decision.heading", lang),
        decision(e, benefit, period, lang),
        LetterTexts.text("amounts.heading", lang),
        amounts(r, lang),
        LetterTexts.text("explanation.heading", lang),
        LetterTexts.text("explanation.intro", lang),
        steps(e, lang),
        LetterTexts.text("legal.heading", lang),
        legalBasis(e, lang),
        LetterTexts.text("complaint.heading", lang),
        complaint,
        LetterTexts.text("contact.heading", lang),
        contact,
        LetterTexts.text("page", lang));
  }

  /** The last day a complaint must be received, counted from the letter's date: four weeks. */
  public static java.time.LocalDate complaintDeadline(LetterRequest request) {
    return request.date().plusWeeks(4);
  }

  /** The recipient block; see the class comment for the protected-address rule. */
  static List<String> recipientBlock(LetterRequest request) {
    Recipient recipient = request.recipient();
    List<String> block = new ArrayList<>();
    block.add(recipient.name());
    if (!recipient.addressProtected() || request.protectedAddressPermitted()) {
      block.addAll(recipient.address());
      return block;
    }
    Sender sender = request.sender();
    block.add(LetterTexts.text("recipient.protected.co", request.language(), sender.authority()));
    block.addAll(sender.address());
    block.add(LetterTexts.text("recipient.protected.note", request.language(), sender.authority()));
    return block;
  }

  private static String decision(Explanation e, String benefit, String period, Language lang) {
    Result r = e.result();
    if (e.benefit() == Benefit.FOLKEPENSION && !Boolean.TRUE.equals(r.details().get("entitled"))) {
      return LetterTexts.text("decision.notEntitled", lang, benefit, period);
    }
    if (e.benefit() == Benefit.BOERNE_UNGEYDELSE) {
      BigDecimal q = r.quarterly().orElse(BigDecimal.ZERO);
      return q.signum() > 0
          ? LetterTexts.text("decision.quarterly", lang, Rendering.money(q, lang), benefit, period)
          : LetterTexts.text("decision.none", lang, benefit, period);
    }
    BigDecimal m = r.monthly().orElse(BigDecimal.ZERO);
    return m.signum() > 0
        ? LetterTexts.text("decision.monthly", lang, Rendering.money(m, lang), benefit, Rendering.value(e.period().start(), lang))
        : LetterTexts.text("decision.none", lang, benefit, period);
  }

  private static List<Letter.Amount> amounts(Result r, Language lang) {
    List<Letter.Amount> rows = new ArrayList<>();
    for (Map.Entry<String, BigDecimal> t : r.totals().entrySet()) {
      String key = "amount." + t.getKey();
      rows.add(new Letter.Amount(LetterTexts.has(key) ? LetterTexts.text(key, lang) : t.getKey(),
          Rendering.money(t.getValue(), lang)));
    }
    for (Map.Entry<String, Map<String, BigDecimal>> c : r.components().entrySet()) {
      String name = componentName(c.getKey(), lang);
      for (Map.Entry<String, BigDecimal> a : c.getValue().entrySet()) {
        String key = "period." + a.getKey();
        String when = LetterTexts.has(key) ? LetterTexts.text(key, lang) : a.getKey();
        rows.add(new Letter.Amount(name + " " + when, Rendering.money(a.getValue(), lang)));
      }
    }
    return rows;
  }

  private static String componentName(String component, Language lang) {
    if (component.startsWith("child")) {
      return LetterTexts.text("component.child", lang, component.substring("child".length()));
    }
    String key = "component." + component;
    return LetterTexts.has(key) ? LetterTexts.text(key, lang) : component;
  }

  private static List<Letter.Step> steps(Explanation e, Language lang) {
    List<Letter.Step> steps = new ArrayList<>(e.lines().size());
    for (Line l : e.lines()) {
      List<String> details = new ArrayList<>(3);
      details.add(LetterTexts.text("explanation.legal", lang, l.legalReference()));
      if (!l.inputs().isEmpty()) {
        StringBuilder in = new StringBuilder();
        for (Input x : l.inputs()) {
          if (in.length() > 0) {
            in.append("; ");
          }
          String source = x.fromLine() ? LetterTexts.text("explanation.fromLine", lang) : x.source();
          in.append(x.name()).append(" = ").append(Rendering.value(x.value(), lang)).append(" (").append(source).append(')');
        }
        details.add(LetterTexts.text("explanation.inputs", lang, in));
      }
      if (l.formula() != null) {
        details.add(LetterTexts.text("explanation.formula", lang, Rendering.formula(l.formula(), lang)));
      }
      steps.add(new Letter.Step(Rendering.lineText(l, lang), details));
    }
    return steps;
  }

  private static List<String> legalBasis(Explanation e, Language lang) {
    Set<String> refs = new LinkedHashSet<>();
    for (Line l : e.lines()) {
      refs.add(l.legalReference().toString());
    }
    List<String> out = new ArrayList<>();
    out.add(LetterTexts.text("legal.intro", lang));
    out.addAll(refs);
    return out;
  }

  private static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
