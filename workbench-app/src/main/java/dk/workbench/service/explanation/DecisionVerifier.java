package dk.workbench.service.explanation;

import com.fasterxml.jackson.databind.JsonNode;
import dk.workbench.contracts.decisions.Decision;
import dk.workbench.contracts.decisions.DecisionResult;
import dk.workbench.rules.Benefit;
import dk.workbench.rules.Explanation;
import dk.workbench.rules.Input;
import dk.workbench.rules.Line;
import dk.workbench.rules.parameters.ParameterValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Compares a recomputed explanation with the back-end's own calculation trace, line by line
 * (matched by rule and subject): the amount, the value, every input's value and every rate's
 * value and valid-from. Texts are not compared (they are renderings). Pure and thread-safe.
 */
public final class DecisionVerifier {
  private DecisionVerifier() {}

  /** Compares {@code recomputed} with {@code decision}'s result and calculation trace. */
  public static Verification verify(Decision decision, Explanation recomputed) {
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(recomputed, "recomputed");
    String field = amountField(recomputed.benefit());
    BigDecimal backendAmount = backendTotal(decision.result(), field);
    BigDecimal ourAmount = recomputed.result().totals().get(field);

    Map<String, Line> ours = new LinkedHashMap<>();
    for (Line l : recomputed.lines()) {
      ours.putIfAbsent(l.id(), l);
    }
    List<Verification.LineDifference> differences = new ArrayList<>();
    JsonNode lines = decision.calculation() == null ? null : decision.calculation().get("lines");
    if (lines != null) {
      for (JsonNode theirs : lines) {
        String id = id(theirs);
        if (!ours.containsKey(id)) {
          if (differences.stream().noneMatch(d -> d.id().equals(id))) {
            differences.add(new Verification.LineDifference(id, theirs.path("rule").asText(),
                Verification.Kind.BACKEND_ONLY, text(theirs, "text"), decimal(theirs.get("amount")), null, List.of()));
          }
          continue;
        }
        Line mine = ours.remove(id);
        List<Verification.Detail> details = compare(theirs, mine);
        if (!details.isEmpty()) {
          differences.add(new Verification.LineDifference(id, mine.rule(), Verification.Kind.CHANGED, text(theirs, "text"),
              decimal(theirs.get("amount")), mine.amount(), details));
        }
      }
    }
    for (Line l : ours.values()) {
      differences.add(new Verification.LineDifference(l.id(), l.rule(), Verification.Kind.RECOMPUTED_ONLY, null, null,
          l.amount(), List.of()));
    }
    boolean totalsSame = sameTotals(decision.result(), recomputed);
    if (!totalsSame && differences.isEmpty()) {
      differences.add(new Verification.LineDifference("result", "result", Verification.Kind.RESULT, null, backendAmount,
          ourAmount, List.of(new Verification.Detail(Verification.DetailKind.AMOUNT, field, plain(backendAmount),
              plain(ourAmount), null, null))));
    }
    return new Verification(totalsSame && differences.isEmpty(), field, backendAmount, ourAmount, differences);
  }

  /** {@code quarterly} for børne- og ungeydelse, else {@code monthly}. */
  public static String amountField(Benefit benefit) {
    return benefit == Benefit.BOERNE_UNGEYDELSE ? "quarterly" : "monthly";
  }

  /** The back-end's total named {@code field}, or {@code null}. */
  static BigDecimal backendTotal(DecisionResult result, String field) {
    if (result == null) {
      return null;
    }
    return switch (field) {
      case "annual" -> result.annual();
      case "monthly" -> result.monthly();
      default -> result.quarterly();
    };
  }

  private static boolean sameTotals(DecisionResult theirs, Explanation ours) {
    for (String field : List.of("annual", "monthly", "quarterly")) {
      BigDecimal a = backendTotal(theirs, field);
      BigDecimal b = ours.result().totals().get(field);
      if (a != null && !Objects.equals(plain(a), plain(b))) {
        return false;
      }
    }
    return true;
  }

  private static List<Verification.Detail> compare(JsonNode theirs, Line mine) {
    List<Verification.Detail> details = new ArrayList<>();
    String ta = plain(decimal(theirs.get("amount")));
    String ma = plain(mine.amount());
    if (!Objects.equals(ta, ma)) {
      details.add(new Verification.Detail(Verification.DetailKind.AMOUNT, null, ta, ma, null, null));
    }
    String tv = text(theirs, "value");
    String mv = mine.value() == null ? null : canonical(mine.value());
    if (!Objects.equals(tv == null ? null : canonicalText(theirs.get("value")), mv)) {
      details.add(new Verification.Detail(Verification.DetailKind.VALUE, null, tv, mv, null, null));
    }
    Map<String, String> theirInputs = new LinkedHashMap<>();
    for (JsonNode in : theirs.path("inputs")) {
      theirInputs.putIfAbsent(in.path("name").asText(), canonicalText(in.get("value")));
    }
    for (Input in : mine.inputs()) {
      String name = in.name();
      boolean known = theirInputs.containsKey(name);
      String before = theirInputs.remove(name);
      String now = canonical(in.value());
      if (!known || !Objects.equals(before, now)) {
        details.add(new Verification.Detail(Verification.DetailKind.INPUT, name, before, now, null, null));
      }
    }
    theirInputs.forEach((name, value) ->
        details.add(new Verification.Detail(Verification.DetailKind.INPUT, name, value, null, null, null)));
    Map<String, JsonNode> theirRates = new LinkedHashMap<>();
    for (JsonNode p : theirs.path("parameters")) {
      theirRates.putIfAbsent(p.path("key").asText(), p);
    }
    for (ParameterValue p : mine.parameters()) {
      JsonNode before = theirRates.remove(p.key());
      String value = canonical(p.value());
      String from = p.validFrom().toString();
      if (before == null) {
        details.add(new Verification.Detail(Verification.DetailKind.RATE, p.key(), null, value, null, from));
      } else {
        String beforeValue = canonicalText(before.get("value"));
        String beforeFrom = text(before, "valid_from");
        if (!Objects.equals(beforeValue, value) || !Objects.equals(beforeFrom, from)) {
          details.add(new Verification.Detail(Verification.DetailKind.RATE, p.key(), beforeValue, value, beforeFrom, from));
        }
      }
    }
    theirRates.forEach((key, p) -> details.add(new Verification.Detail(Verification.DetailKind.RATE, key,
        canonicalText(p.get("value")), null, text(p, "valid_from"), null)));
    return details;
  }

  static String id(JsonNode line) {
    String rule = line.path("rule").asText();
    JsonNode subject = line.get("subject");
    return subject == null || subject.isNull() ? rule : rule + "[" + subject.asText() + "]";
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  static BigDecimal decimal(JsonNode node) {
    return node == null || !node.isNumber() ? null : node.decimalValue();
  }

  /** A value's canonical text: numbers without trailing zeros, dates ISO, the rest as text. */
  static String canonical(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof BigDecimal b) {
      return plain(b);
    }
    if (value instanceof Integer || value instanceof Long) {
      return plain(BigDecimal.valueOf(((Number) value).longValue()));
    }
    if (value instanceof LocalDate d) {
      return d.toString();
    }
    return value.toString();
  }

  private static String canonicalText(JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    return node.isNumber() ? plain(node.decimalValue()) : node.asText();
  }

  static String plain(BigDecimal b) {
    return b == null ? null : (b.signum() == 0 ? "0" : b.stripTrailingZeros().toPlainString());
  }
}
