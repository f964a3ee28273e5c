package dk.workbench.ui.overview;

import dk.workbench.contracts.benefits.Grant;
import dk.workbench.contracts.benefits.Payment;
import dk.workbench.contracts.cases.CaseSummary;
import dk.workbench.contracts.digitalpost.MailboxMessage;
import dk.workbench.contracts.fuldmagt.PowerOfAttorney;
import dk.workbench.contracts.interactions.Interaction;
import dk.workbench.domain.PersonSummary;
import dk.workbench.service.overview.OverviewData;
import dk.workbench.service.overview.Section;
import dk.workbench.ui.common.Messages;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Turns a section's data into the lines (and bars) its card shows, in the UI language. */
public class SectionPresenter {
  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM.yy");
  /** Deadlines this close are marked. */
  static final int SOON_DAYS = 14;

  private final Messages messages;
  private final Clock clock;

  public SectionPresenter(Messages messages, Clock clock) {
    this.messages = messages;
    this.clock = clock;
  }

  public List<SectionRow> rows(Section section, Object data) {
    if (data instanceof PersonSummary person) {
      return person(person);
    }
    if (data instanceof OverviewData.Powers powers) {
      return powers(powers);
    }
    if (data instanceof OverviewData.Benefits benefits) {
      return benefits(benefits);
    }
    if (data instanceof OverviewData.Payments payments) {
      return payments(payments);
    }
    if (data instanceof OverviewData.Post post) {
      return post(post);
    }
    if (data instanceof List<?> list) {
      return list.stream().map(this::row).toList();
    }
    throw new IllegalArgumentException("No presentation for " + section + " data " + data.getClass().getName());
  }

  /** The net paid per month for the payments section; no bars for the others. */
  public List<SectionViewModel.ChartPoint> chart(Object data) {
    if (!(data instanceof OverviewData.Payments payments)) {
      return List.of();
    }
    Map<YearMonth, BigDecimal> byMonth = new TreeMap<>();
    for (YearMonth m = YearMonth.from(payments.from()); !m.isAfter(YearMonth.from(payments.to())); m = m.plusMonths(1)) {
      byMonth.put(m, BigDecimal.ZERO);
    }
    for (Payment p : payments.payments()) {
      byMonth.merge(YearMonth.from(p.dispositionDate()), p.net(), BigDecimal::add);
    }
    return byMonth.entrySet().stream()
        .map(e -> new SectionViewModel.ChartPoint(MONTH.format(e.getKey()), e.getValue().doubleValue()))
        .toList();
  }

  private SectionRow row(Object item) {
    if (item instanceof CaseSummary c) {
      String title = c.restricted() ? messages.get("case.restricted") : c.title();
      String detail = (c.authority() == null ? "" : c.authority().name() + " · ")
          + (c.citizenStatusText() == null ? messages.get("case.status." + c.status().name()) : c.citizenStatusText());
      return SectionRow.of(title, detail);
    }
    if (item instanceof OverviewData.DeadlineItem d) {
      String text = date(d.date()) + "  " + d.description();
      String detail = d.authority() + " · " + d.caseNumber();
      boolean soon = !d.met() && !d.date().isAfter(today().plusDays(SOON_DAYS));
      return soon ? SectionRow.attention(text, detail) : SectionRow.of(text, detail);
    }
    if (item instanceof Interaction i) {
      String when = i.occurredAt() == null ? "" : date(i.occurredAt().atZone(zone()).toLocalDate());
      String reasons = i.reasons().stream().map(r -> enumText("interaction.reason", r))
          .collect(Collectors.joining(", "));
      String text = when + "  " + enumText("interaction.channel", i.channel()) + (reasons.isEmpty() ? "" : ": " + reasons);
      String detail = enumText("interaction.outcome", i.outcome())
          + (i.followUpDate() == null ? "" : " · " + messages.get("interaction.followUp", date(i.followUpDate())));
      return i.followUpDate() != null && !i.followUpDate().isBefore(today()) ? SectionRow.attention(text, detail)
          : SectionRow.of(text, detail);
    }
    throw new IllegalArgumentException("No presentation for " + item.getClass().getName());
  }

  List<SectionRow> person(PersonSummary p) {
    List<SectionRow> rows = new ArrayList<>();
    String address = p.addressProtected()
        ? messages.get("person.address.protected")
        : p.address().orElse(messages.get("person.address.none"));
    rows.add(p.addressProtected() ? SectionRow.attention(messages.get("person.address"), address)
        : SectionRow.of(messages.get("person.address"), address));
    rows.add(SectionRow.of(messages.get("person.civilstatus"),
        messages.get("civilstand." + (p.civilStatusCode().isEmpty() ? "unknown" : p.civilStatusCode()))));
    rows.add(SectionRow.of(messages.get("person.age"), messages.get("person.age.value", p.age(), date(p.birthDate()))));
    rows.add(p.digitalPostRegistered()
        ? SectionRow.of(messages.get("person.digitalpost"), messages.get("person.digitalpost.registered"))
        : SectionRow.attention(messages.get("person.digitalpost"), messages.get("person.digitalpost.exempt")));
    PersonSummary.Household home = p.household();
    home.spouseAge().ifPresent(age -> rows.add(SectionRow.of(messages.get("person.spouse"),
        messages.get("person.years", age))));
    if (!home.childrenAges().isEmpty()) {
      long minors = home.childrenAges().stream().filter(age -> age < 18).count();
      rows.add(SectionRow.of(messages.get("person.children"), messages.get("person.children.value",
          home.childrenAges().size(), minors, home.childrenAges().stream().map(String::valueOf)
              .collect(Collectors.joining(", ")))));
    }
    if (!home.custodyHolders().isEmpty()) {
      rows.add(SectionRow.of(messages.get("person.custody"), home.custodyHolders().stream()
          .map(holder -> messages.get("person.custody." + holder)).collect(Collectors.joining(", "))));
    }
    p.deathDate().ifPresent(d -> rows.add(SectionRow.attention(messages.get("person.note.deceased", date(d)), "")));
    p.emigrationDate().ifPresent(d -> rows.add(SectionRow.attention(messages.get("person.note.emigrated", date(d)), "")));
    if (p.underGuardianship()) {
      rows.add(SectionRow.attention(messages.get("person.note.guardianship"), ""));
    }
    if (p.testData()) {
      rows.add(SectionRow.of(messages.get("person.note.testdata"), ""));
    }
    return rows;
  }

  private List<SectionRow> powers(OverviewData.Powers powers) {
    List<SectionRow> rows = new ArrayList<>();
    for (PowerOfAttorney p : powers.granted()) {
      rows.add(SectionRow.of(messages.get("power.granted", p.grantee().name()), powerDetail(p)));
    }
    for (PowerOfAttorney p : powers.held()) {
      rows.add(SectionRow.of(messages.get("power.held", p.grantor().name()), powerDetail(p)));
    }
    return rows;
  }

  private String powerDetail(PowerOfAttorney p) {
    return enumText("power.origin", p.origin()) + " · "
        + (p.validTo() == null ? messages.get("power.noEnd") : messages.get("power.until", date(p.validTo())));
  }

  private List<SectionRow> benefits(OverviewData.Benefits benefits) {
    List<SectionRow> rows = new ArrayList<>();
    for (Grant g : benefits.grants()) {
      String per = messages.get(g.amountPeriod() == Grant.AmountPeriod.QUARTER ? "amount.perQuarter" : "amount.perMonth");
      String detail = kroner(g.amount()) + " " + per
          + (g.status() == Grant.GrantStatus.UPCOMING ? " · " + messages.get("grant.from", date(g.periodFrom())) : "");
      rows.add(SectionRow.of(g.title(), detail));
    }
    if (!benefits.grants().isEmpty() || benefits.lastPayment().isPresent()) {
      benefits.lastPayment().ifPresent(p -> rows.add(SectionRow.of(messages.get("payment.last"),
          date(p.dispositionDate()) + ": " + kroner(p.net()))));
      rows.add(benefits.nextPayment()
          .map(p -> SectionRow.of(messages.get("payment.next"), date(p.dispositionDate()) + ": " + kroner(p.net())))
          .orElse(SectionRow.of(messages.get("payment.next"), messages.get("payment.noneScheduled"))));
    }
    return rows;
  }

  private List<SectionRow> payments(OverviewData.Payments payments) {
    if (payments.payments().isEmpty()) {
      return List.of();
    }
    BigDecimal net = payments.payments().stream().map(Payment::net).reduce(BigDecimal.ZERO, BigDecimal::add);
    long setOffs = payments.payments().stream().filter(p -> !p.setOffs().isEmpty()).count();
    List<SectionRow> rows = new ArrayList<>();
    rows.add(SectionRow.of(messages.get("payment.total", payments.payments().size()), kroner(net)));
    if (setOffs > 0) {
      rows.add(SectionRow.attention(messages.get("payment.setOffs", setOffs), ""));
    }
    return rows;
  }

  private List<SectionRow> post(OverviewData.Post post) {
    List<SectionRow> rows = new ArrayList<>();
    if (post.total() > 0) {
      rows.add(SectionRow.of(messages.get("post.counts", post.unread(), post.total()), ""));
    }
    for (MailboxMessage m : post.recent()) {
      String sender = m.sender() == null ? "" : m.sender().name();
      String detail = date(m.receivedAt().atZoneSameInstant(zone()).toLocalDate())
          + (m.replyByDate() == null ? "" : " · " + messages.get("post.replyBy", date(m.replyByDate())));
      String text = (m.read() ? "" : "● ") + sender + ": " + m.label();
      rows.add(m.read() ? SectionRow.of(text, detail) : SectionRow.attention(text, detail));
    }
    return rows;
  }

  private String enumText(String prefix, Enum<?> value) {
    if (value == null) {
      return "";
    }
    String key = prefix + "." + value.name();
    String text = messages.get(key);
    return text.equals(key) ? value.name() : text;
  }

  private String kroner(BigDecimal amount) {
    return messages.money(amount);
  }

  private String date(LocalDate date) {
    return messages.date(date);
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  private ZoneId zone() {
    return clock.getZone();
  }
}
