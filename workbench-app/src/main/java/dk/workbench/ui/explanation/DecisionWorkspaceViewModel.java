package dk.workbench.ui.explanation;

import dk.workbench.contracts.benefits.BenefitType;
import dk.workbench.contracts.benefits.Payment;
import dk.workbench.contracts.cpr.CprNumber;
import dk.workbench.contracts.decisions.DecisionSummary;
import dk.workbench.rules.ExplanationComparison;
import dk.workbench.rules.FactsException;
import dk.workbench.rules.Language;
import dk.workbench.rules.Line;
import dk.workbench.service.explanation.DecisionWorkspace;
import dk.workbench.service.explanation.OpenedDecision;
import dk.workbench.service.explanation.Simulation;
import dk.workbench.service.explanation.Verification;
import dk.workbench.service.explanation.WhatIfInputs;
import dk.workbench.ui.common.BackgroundTasks;
import dk.workbench.ui.common.Messages;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One citizen's decision workspace: the decisions of a benefit (newest first) and its payments;
 * the opened decision line by line, recomputed and compared with the back-end's trace; why it
 * changed between two decisions; what-if; the citizen summary. Owns all state and texts; the
 * view binds to it.
 */
public final class DecisionWorkspaceViewModel {
  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM.yy");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
  /** Marks a month with a decision in the payments chart. */
  public static final String DECISION_MARK = "◆";

  /** A decision in the list. */
  public record DecisionItem(String id, String label, DecisionSummary summary) {
    @Override
    public String toString() {
      return label;
    }
  }

  /**
   * One explanation line as shown.
   *
   * @param id the line's id ({@code rule} or {@code rule[subject]})
   * @param title step number and the rule in plain language
   * @param amount the line's amount or value, with unit
   * @param details legal basis, inputs with source and date, rates with valid-from, arithmetic, amount
   * @param differs true when the back-end's line differs
   * @param difference both values and what differs, when it does
   * @param unconfirmed true when the line used an unconfirmed rate
   * @param accessibleText what a screen reader says for the line
   */
  public record LineItem(String id, String title, String amount, List<String> details, boolean differs,
      List<String> difference, boolean unconfirmed, String accessibleText) {}

  /** A changed line: its text, old → new, and the causes. */
  public record ChangeItem(String title, String values, List<String> reasons) {
    @Override
    public String toString() {
      return title + ": " + values + (reasons.isEmpty() ? "" : " — " + String.join("; ", reasons));
    }
  }

  /** One month of the payments chart; {@code decision} when a decision was made that month. */
  public record Bar(String label, double value, boolean decision) {}

  /** What a what-if field edits. */
  public enum FieldKind {
    INCOME,
    CIVIL_STATUS,
    RESIDENCE_YEARS,
    RENT,
    CHILDREN
  }

  /** One editable what-if input; {@link #value()} is the text in the field (or the chosen label). */
  public static final class WhatIfField {
    private final FieldKind kind;
    private final int index;
    private final String label;
    private final List<String> choices;
    private final StringProperty value = new SimpleStringProperty("");

    WhatIfField(FieldKind kind, int index, String label, List<String> choices) {
      this.kind = kind;
      this.index = index;
      this.label = label;
      this.choices = List.copyOf(choices);
    }

    public FieldKind kind() {
      return kind;
    }

    public String label() {
      return label;
    }

    /** The labels to choose from (civil status); empty for a number field. */
    public List<String> choices() {
      return choices;
    }

    public StringProperty value() {
      return value;
    }
  }

  private final CprNumber cpr;
  private final DecisionWorkspace service;
  private final BackgroundTasks tasks;
  private final Messages messages;
  private final Clock clock;
  private final ExplanationTexts texts;

  private final List<DecisionSummary> allDecisions = new ArrayList<>();
  private final List<Payment> allPayments = new ArrayList<>();
  private final Map<String, OpenedDecision> opened = new HashMap<>();
  private OpenedDecision current;
  private long openGeneration;
  private long compareGeneration;
  private boolean resetting;
  private WhatIfInputs baseInputs;

  private final ObservableList<BenefitType> benefits = FXCollections.observableArrayList();
  private final ObjectProperty<BenefitType> benefit = new SimpleObjectProperty<>();
  private final ObservableList<DecisionItem> decisions = FXCollections.observableArrayList();
  private final ObjectProperty<DecisionItem> selected = new SimpleObjectProperty<>();
  private final ObservableList<Bar> bars = FXCollections.observableArrayList();
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyBooleanWrapper agrees = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyBooleanWrapper discrepancy = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyStringWrapper verification = new ReadOnlyStringWrapper("");
  private final ObservableList<LineItem> lines = FXCollections.observableArrayList();
  private final ReadOnlyBooleanWrapper canSend = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyStringWrapper sent = new ReadOnlyStringWrapper("");
  private final ObjectProperty<DecisionItem> older = new SimpleObjectProperty<>();
  private final ObjectProperty<DecisionItem> newer = new SimpleObjectProperty<>();
  private final ObservableList<ChangeItem> changes = FXCollections.observableArrayList();
  private final ReadOnlyStringWrapper changeStatus = new ReadOnlyStringWrapper("");
  private final ObservableList<WhatIfField> whatIfFields = FXCollections.observableArrayList();
  private final ReadOnlyStringWrapper whatIfAmount = new ReadOnlyStringWrapper("");
  private final ObservableList<ChangeItem> whatIfChanges = FXCollections.observableArrayList();
  private final ReadOnlyStringWrapper whatIfError = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
  private final ObjectProperty<Language> summaryLanguage = new SimpleObjectProperty<>();

  public DecisionWorkspaceViewModel(CprNumber cpr, DecisionWorkspace service, BackgroundTasks tasks, Messages messages,
      Clock clock) {
    this.cpr = Objects.requireNonNull(cpr, "cpr");
    this.service = Objects.requireNonNull(service, "service");
    this.tasks = Objects.requireNonNull(tasks, "tasks");
    this.messages = Objects.requireNonNull(messages, "messages");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.texts = new ExplanationTexts(messages);
    summaryLanguage.set(texts.language());
    benefit.addListener((obs, old, b) -> showBenefit(b));
    selected.addListener((obs, old, item) -> {
      if (item != null) {
        open(item);
      }
    });
    older.addListener((obs, old, item) -> compare());
    newer.addListener((obs, old, item) -> compare());
    summaryLanguage.addListener((obs, old, lang) -> showSummary());
  }

  // Commands

  /** Fetches the citizen's decisions and payments (all benefits), then shows the first benefit's newest decision. */
  public void start() {
    status.set(messages.get("decisions.loading"));
    tasks.run(() -> new Loaded(service.decisions(cpr, null), service.payments(cpr, null)))
        .onSuccess(this::loaded)
        .onFailure(e -> status.set(messages.get("decisions.failed", reason(e))))
        .start();
  }

  private record Loaded(List<DecisionSummary> decisions, List<Payment> payments) {}

  private void loaded(Loaded data) {
    allDecisions.clear();
    allDecisions.addAll(data.decisions());
    allPayments.clear();
    allPayments.addAll(data.payments());
    Set<BenefitType> present = EnumSet.noneOf(BenefitType.class);
    data.decisions().forEach(d -> present.add(d.benefit()));
    benefits.setAll(present.isEmpty() ? List.of(BenefitType.values()) : new ArrayList<>(present));
    status.set(present.isEmpty() ? messages.get("decisions.none") : "");
    loaded.set(true);
    if (benefit.get() != null && benefits.contains(benefit.get())) {
      showBenefit(benefit.get());
    } else {
      benefit.set(benefits.get(0));
    }
  }

  /** Shows the decisions of a benefit (newest first) and its payments chart; opens the newest. */
  private void showBenefit(BenefitType b) {
    if (b == null || !loaded.get()) {
      return;
    }
    List<DecisionItem> items = new ArrayList<>();
    for (DecisionSummary d : allDecisions) {
      if (d.benefit() == b) {
        items.add(new DecisionItem(d.id(), label(d), d));
      }
    }
    decisions.setAll(items);
    bars.setAll(chart(b));
    newer.set(items.isEmpty() ? null : items.get(0));
    older.set(items.size() < 2 ? null : items.get(1));
    selected.set(items.isEmpty() ? null : items.get(0));
    if (items.isEmpty()) {
      clearDecision();
      status.set(messages.get("decisions.noneFor", benefitName(b)));
    }
  }

  private String label(DecisionSummary d) {
    BigDecimal amount = d.result() == null ? null
        : d.result().quarterly() != null ? d.result().quarterly() : d.result().monthly();
    String per = d.result() != null && d.result().quarterly() != null ? messages.get("unit.quarter") : messages.get("unit.month");
    return messages.get("decisions.item", texts.date(d.decisionDate()), d.title(), texts.kroner(amount) + " " + per);
  }

  private List<Bar> chart(BenefitType b) {
    YearMonth last = YearMonth.now(clock);
    Map<YearMonth, BigDecimal> byMonth = new TreeMap<>();
    for (YearMonth m = last.minusMonths(DecisionWorkspace.PAYMENT_MONTHS - 1L); !m.isAfter(last); m = m.plusMonths(1)) {
      byMonth.put(m, BigDecimal.ZERO);
    }
    for (Payment p : allPayments) {
      if (p.benefit() == b) {
        byMonth.computeIfPresent(YearMonth.from(p.dispositionDate()), (m, sum) -> sum.add(p.net()));
      }
    }
    Set<YearMonth> decided = new java.util.HashSet<>();
    for (DecisionSummary d : allDecisions) {
      if (d.benefit() == b && d.decisionDate() != null) {
        decided.add(YearMonth.from(d.decisionDate()));
      }
    }
    List<Bar> out = new ArrayList<>();
    byMonth.forEach((m, sum) -> out.add(new Bar(MONTH.format(m) + (decided.contains(m) ? " " + DECISION_MARK : ""),
        sum.doubleValue(), decided.contains(m))));
    return out;
  }

  /** Opens a decision: fetched (once) and recomputed in the background, then shown. */
  public void open(DecisionItem item) {
    long generation = ++openGeneration;
    OpenedDecision known = opened.get(item.id());
    if (known != null) {
      show(known);
      return;
    }
    status.set(messages.get("decision.loading"));
    tasks.run(() -> service.open(item.id()))
        .onSuccess(o -> {
          opened.put(o.decision().id(), o);
          if (generation == openGeneration) {
            status.set("");
            show(o);
          }
        })
        .onFailure(e -> {
          if (generation == openGeneration) {
            status.set(messages.get("decision.failed", reason(e)));
          }
        })
        .start();
  }

  /** Shows an opened decision: lines, recomputation check, what-if fields, summary. No I/O. */
  public void show(OpenedDecision o) {
    current = o;
    title.set(o.decision().title() + " · " + o.decision().id());
    Verification v = o.verification();
    agrees.set(v.agrees());
    discrepancy.set(!v.agrees());
    verification.set(v.agrees()
        ? messages.get("verification.agrees", amountText(v.backendAmount(), v.amountField()))
        : messages.get("verification.differs", amountText(v.backendAmount(), v.amountField()),
            amountText(v.recomputedAmount(), v.amountField()), v.differences().size()));
    sent.set("");
    canSend.set(!v.agrees());
    List<LineItem> items = new ArrayList<>(o.recomputed().lines().size());
    int step = 1;
    for (Line line : o.recomputed().lines()) {
      items.add(item(o, line, step++));
    }
    for (Verification.LineDifference d : v.differences()) {
      if (d.kind() == Verification.Kind.BACKEND_ONLY || d.kind() == Verification.Kind.RESULT) {
        String text = d.backendText() == null ? d.id() : d.backendText();
        List<String> difference = texts.difference(d);
        items.add(new LineItem(d.id(), "⚠ " + text, texts.kroner(d.backendAmount()), List.of(), true, difference, false,
            messages.get("line.accessible.differs", text, texts.kroner(d.backendAmount()))));
      }
    }
    lines.setAll(items);
    resetWhatIf();
    showSummary();
  }

  private LineItem item(OpenedDecision o, Line line, int step) {
    String text = texts.text(line);
    String amount = texts.result(line);
    List<String> details = new ArrayList<>(texts.details(o, line));
    o.backendLine(line.id()).ifPresent(theirs -> {
      String backend = theirs.hasNonNull("amount") ? texts.amount(theirs.get("amount").decimalValue(), line.unit())
          : theirs.hasNonNull("value") ? theirs.get("value").asText() : "";
      if (!backend.isEmpty()) {
        details.add(messages.get("explanation.backend", backend));
      }
    });
    Verification.LineDifference d = o.verification().difference(line.id()).orElse(null);
    List<String> difference = d == null ? List.of() : texts.difference(d);
    String shownTitle = (d == null ? "" : "⚠ ") + step + ". " + text;
    String accessible = d == null
        ? messages.get("line.accessible", step, text, amount)
        : messages.get("line.accessible.differs", step + ". " + text, amount);
    if (line.unconfirmed()) {
      accessible = accessible + " " + messages.get("explanation.unconfirmed");
    }
    return new LineItem(line.id(), shownTitle, amount, details, d != null, difference, line.unconfirmed(), accessible);
  }

  private String amountText(BigDecimal amount, String field) {
    return texts.kroner(amount) + " " + messages.get("quarterly".equals(field) ? "unit.quarter" : "unit.month");
  }

  private void clearDecision() {
    current = null;
    title.set("");
    agrees.set(false);
    discrepancy.set(false);
    verification.set("");
    canSend.set(false);
    lines.clear();
    whatIfFields.clear();
    whatIfChanges.clear();
    whatIfAmount.set("");
    summary.set("");
  }

  /** "Send til supervisor": records the discrepancy as an interaction through the outbox. */
  public void sendToSupervisor() {
    OpenedDecision o = current;
    if (o == null || o.verification().agrees()) {
      return;
    }
    canSend.set(false);
    sent.set(messages.get("supervisor.sending"));
    tasks.run(() -> service.sendToSupervisor(cpr, o))
        .onSuccess(i -> sent.set(messages.get("supervisor.sent", TIME.format(LocalTime.now(clock)))))
        .onFailure(e -> {
          sent.set(messages.get("supervisor.failed", reason(e)));
          canSend.set(true);
        })
        .start();
  }

  /** Why did it change: the lines that changed from {@link #olderProperty()} to {@link #newerProperty()}. */
  public void compare() {
    DecisionItem a = older.get();
    DecisionItem b = newer.get();
    long generation = ++compareGeneration;
    changes.clear();
    if (a == null || b == null) {
      changeStatus.set(messages.get("change.pickTwo"));
      return;
    }
    if (a.id().equals(b.id())) {
      changeStatus.set(messages.get("change.same"));
      return;
    }
    changeStatus.set(messages.get("decision.loading"));
    tasks.run(() -> {
      OpenedDecision x = opened.containsKey(a.id()) ? opened.get(a.id()) : service.open(a.id());
      OpenedDecision y = opened.containsKey(b.id()) ? opened.get(b.id()) : service.open(b.id());
      return List.of(x, y);
    }).onSuccess(pair -> {
      pair.forEach(o -> opened.putIfAbsent(o.decision().id(), o));
      if (generation == compareGeneration) {
        showChange(service.change(pair.get(0), pair.get(1)));
      }
    }).onFailure(e -> {
      if (generation == compareGeneration) {
        changeStatus.set(messages.get("decision.failed", reason(e)));
      }
    }).start();
  }

  private void showChange(ExplanationComparison c) {
    List<ChangeItem> items = changeItems(c);
    changes.setAll(items);
    changeStatus.set(items.isEmpty() ? messages.get("change.none")
        : messages.get("change.count", items.size(), c.unchangedLines()));
  }

  private List<ChangeItem> changeItems(ExplanationComparison c) {
    List<ChangeItem> items = new ArrayList<>();
    for (ExplanationComparison.LineChange lc : c.lineChanges()) {
      Line line = lc.newLine() != null ? lc.newLine() : lc.oldLine();
      items.add(new ChangeItem(texts.text(line), texts.change(lc), texts.reasons(lc)));
    }
    return items;
  }

  /** Restores the what-if fields to the decision's own facts. */
  public void resetWhatIf() {
    OpenedDecision o = current;
    if (o == null) {
      return;
    }
    baseInputs = service.inputs(o);
    resetting = true;
    try {
      List<WhatIfField> fields = new ArrayList<>();
      for (int i = 0; i < baseInputs.incomes().size(); i++) {
        WhatIfInputs.Income in = baseInputs.incomes().get(i);
        fields.add(field(FieldKind.INCOME, i, incomeLabel(in), List.of(), number(in.annual())));
      }
      if (baseInputs.civilStatus() != null) {
        fields.add(field(FieldKind.CIVIL_STATUS, 0, messages.get("whatif.civilStatus"),
            List.of(messages.get("whatif.single"), messages.get("whatif.couple")),
            messages.get("whatif." + baseInputs.civilStatus())));
      }
      if (baseInputs.residenceYears() != null) {
        fields.add(field(FieldKind.RESIDENCE_YEARS, 0, messages.get("whatif.residenceYears"), List.of(),
            number(baseInputs.residenceYears())));
      }
      if (baseInputs.rent() != null) {
        fields.add(field(FieldKind.RENT, 0, messages.get("whatif.rent"), List.of(), number(baseInputs.rent())));
      }
      if (baseInputs.children() != null) {
        fields.add(field(FieldKind.CHILDREN, 0, messages.get("whatif.children"), List.of(),
            String.valueOf(baseInputs.children())));
      }
      whatIfFields.setAll(fields);
    } finally {
      resetting = false;
    }
    simulate();
  }

  private WhatIfField field(FieldKind kind, int index, String label, List<String> choices, String value) {
    WhatIfField f = new WhatIfField(kind, index, label, choices);
    f.value().set(value);
    f.value().addListener((obs, old, text) -> {
      if (!resetting) {
        simulate();
      }
    });
    return f;
  }

  private String incomeLabel(WhatIfInputs.Income in) {
    String type = messages.get("whatif.income." + in.type());
    String owner = "partner".equals(in.owner()) ? " (" + messages.get("whatif.partner") + ")" : "";
    return type + owner + (in.source() == null ? "" : " · " + in.source());
  }

  /** Recomputes the what-if from the fields: the new amount and the changed lines. Never saved. */
  public void simulate() {
    OpenedDecision o = current;
    if (o == null || baseInputs == null) {
      return;
    }
    WhatIfInputs inputs = baseInputs;
    for (WhatIfField f : whatIfFields) {
      String text = f.value().get() == null ? "" : f.value().get().strip();
      if (f.kind() == FieldKind.CIVIL_STATUS) {
        inputs = inputs.withCivilStatus(text.equals(messages.get("whatif.couple")) ? "couple" : "single");
        continue;
      }
      BigDecimal n = parse(text);
      if (n == null || (f.kind() == FieldKind.CHILDREN && n.stripTrailingZeros().scale() > 0)) {
        whatIfError.set(messages.get("whatif.notANumber", f.label()));
        return;
      }
      inputs = switch (f.kind()) {
        case INCOME -> inputs.withIncome(f.index, n);
        case RESIDENCE_YEARS -> inputs.withResidenceYears(n);
        case RENT -> inputs.withRent(n);
        case CHILDREN -> inputs.withChildren(n.intValue());
        default -> inputs;
      };
    }
    try {
      Simulation s = service.simulate(o, inputs);
      whatIfError.set("");
      whatIfAmount.set(messages.get("whatif.amount", amountText(s.amount(), o.verification().amountField()),
          amountText(o.verification().recomputedAmount(), o.verification().amountField())));
      whatIfChanges.setAll(changeItems(s.changes()));
    } catch (FactsException e) {
      whatIfError.set(messages.get("whatif.invalid", e.getMessage()));
    }
  }

  private void showSummary() {
    OpenedDecision o = current;
    summary.set(o == null ? "" : String.join("\n", service.summary(o.recomputed(), summaryLanguage.get())));
  }

  static BigDecimal parse(String text) {
    String t = text.replace(" ", "").replace("\u00a0", "");
    if (t.isEmpty()) {
      return null;
    }
    if (t.contains(",")) {
      t = t.replace(".", "").replace(',', '.');
    } else if (t.matches("-?\\d{1,3}(\\.\\d{3})+")) {
      t = t.replace(".", "");
    }
    try {
      return new BigDecimal(t);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static String number(BigDecimal b) {
    return b == null ? "" : b.stripTrailingZeros().toPlainString().replace('.', ',');
  }

  private String benefitName(BenefitType b) {
    return messages.get("benefit." + b.name());
  }

  private String reason(Throwable e) {
    String m = e.getMessage();
    return m == null ? e.getClass().getSimpleName() : m;
  }

  // Properties

  public CprNumber cpr() {
    return cpr;
  }

  /** The benefits the citizen has decisions on. */
  public ObservableList<BenefitType> benefits() {
    return benefits;
  }

  /** The benefit shown; set it to switch. */
  public ObjectProperty<BenefitType> benefitProperty() {
    return benefit;
  }

  /** The benefit's name in the UI language. */
  public String benefitText(BenefitType b) {
    return b == null ? "" : benefitName(b);
  }

  /** The benefit's decisions, newest first. */
  public ObservableList<DecisionItem> decisions() {
    return decisions;
  }

  /** The decision opened; set it to open another. */
  public ObjectProperty<DecisionItem> selectedProperty() {
    return selected;
  }

  /** Net paid per month for the benefit, 24 months, months with a decision marked. */
  public ObservableList<Bar> bars() {
    return bars;
  }

  /** Loading or failure text; empty when all is well. */
  public ReadOnlyStringProperty statusProperty() {
    return status.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty titleProperty() {
    return title.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty agreesProperty() {
    return agrees.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty discrepancyProperty() {
    return discrepancy.getReadOnlyProperty();
  }

  /** The recomputation check in words. */
  public ReadOnlyStringProperty verificationProperty() {
    return verification.getReadOnlyProperty();
  }

  public ObservableList<LineItem> lines() {
    return lines;
  }

  public ReadOnlyBooleanProperty canSendProperty() {
    return canSend.getReadOnlyProperty();
  }

  /** What happened to "Send til supervisor". */
  public ReadOnlyStringProperty sentProperty() {
    return sent.getReadOnlyProperty();
  }

  public ObjectProperty<DecisionItem> olderProperty() {
    return older;
  }

  public ObjectProperty<DecisionItem> newerProperty() {
    return newer;
  }

  /** The lines that changed between the two decisions, with their causes. */
  public ObservableList<ChangeItem> changes() {
    return changes;
  }

  public ReadOnlyStringProperty changeStatusProperty() {
    return changeStatus.getReadOnlyProperty();
  }

  public ObservableList<WhatIfField> whatIfFields() {
    return whatIfFields;
  }

  /** "Simuleret beløb: … (afgørelsen: …)". */
  public ReadOnlyStringProperty whatIfAmountProperty() {
    return whatIfAmount.getReadOnlyProperty();
  }

  public ObservableList<ChangeItem> whatIfChanges() {
    return whatIfChanges;
  }

  public ReadOnlyStringProperty whatIfErrorProperty() {
    return whatIfError.getReadOnlyProperty();
  }

  /** "Gem som PDF": writes the summary shown as a one-page PDF to {@code file}; the status line says how it went. */
  public void saveSummaryPdf(java.nio.file.Path file) {
    String text = summary.get();
    if (text.isEmpty() || file == null) {
      return;
    }
    tasks.run(() -> {
      try (var out = java.nio.file.Files.newOutputStream(file)) {
        service.writeSummaryPdf(messages.get("summary.pdfTitle"), List.of(text.split("\n")), out);
      }
      return file;
    }).onSuccess(done -> status.set(messages.get("summary.saved", done.getFileName())))
        .onFailure(e -> status.set(messages.get("summary.saveFailed")))
        .start();
  }

  /** The citizen summary, one sentence per line. */
  public ReadOnlyStringProperty summaryProperty() {
    return summary.getReadOnlyProperty();
  }

  public ObjectProperty<Language> summaryLanguageProperty() {
    return summaryLanguage;
  }

  /** Decision ids with their opened decision, for tests and benchmarks. */
  Map<String, OpenedDecision> openedDecisions() {
    return new LinkedHashMap<>(opened);
  }

  LocalDate today() {
    return LocalDate.now(clock);
  }
}
