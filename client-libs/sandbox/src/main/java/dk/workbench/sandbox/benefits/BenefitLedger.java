package dk.workbench.sandbox.benefits;

import dk.workbench.contracts.benefits.BenefitType;
import dk.workbench.contracts.benefits.Grant;
import dk.workbench.contracts.benefits.Grant.AmountPeriod;
import dk.workbench.contracts.benefits.Grant.GrantStatus;
import dk.workbench.contracts.benefits.Payment;
import dk.workbench.contracts.cpr.Person;
import dk.workbench.sandbox.decisions.DecisionBook;
import dk.workbench.sandbox.decisions.DecisionRecord;
import dk.workbench.sandbox.decisions.Profile;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Grants and payments derived from the decisions, so the three always agree: one grant per
 * decision (amount = the decision's monthly or quarterly result), and the payments of each grant
 * up to today — folkepension and boligstøtte monthly in advance on the last banking day of the
 * month before, børne- og ungeydelse quarterly on the last weekday before the 21st of the
 * quarter's first month. Folkepension is taxed by the person's tax card (trækprocent less the
 * monthly fradrag); the other two are tax-free. A person with a debt to Gældsstyrelsen has up to
 * 22 % of each net payment set off until the debt is paid. Banking days are weekdays (public
 * holidays are not modelled).
 */
final class BenefitLedger {
  private static final BigDecimal SET_OFF_SHARE = new BigDecimal("0.22");

  private final DecisionBook book;
  private final long seed;

  BenefitLedger(DecisionBook book, long seed) {
    this.book = book;
    this.seed = seed;
  }

  /** The person's grants, newest first. */
  List<Grant> grants(Person person, LocalDate today) {
    List<Grant> grants = new ArrayList<>();
    for (DecisionRecord d : book.decisions(person)) {
      grants.add(grant(d, today));
    }
    return grants;
  }

  /** The person's payments with a disposition date in [from, to], newest first. */
  List<Payment> payments(Person person, LocalDate today, LocalDate from, LocalDate to) {
    List<Unpaid> due = new ArrayList<>();
    for (DecisionRecord d : book.decisions(person)) {
      Grant grant = grant(d, today);
      if (d.benefit() == BenefitType.BOERNE_UNGEYDELSE) {
        LocalDate month = d.validFrom();
        due.add(new Unpaid(d, grant, lastWeekdayBefore(month.withDayOfMonth(21)), month, d.validTo()));
      } else {
        YearMonth end = YearMonth.from(d.validTo() == null ? today.plusMonths(1) : d.validTo());
        for (YearMonth m = YearMonth.from(d.validFrom()); !m.isAfter(end); m = m.plusMonths(1)) {
          LocalDate disposition = lastBankingDay(m.minusMonths(1));
          due.add(new Unpaid(d, grant, disposition, m.atDay(1), m.atEndOfMonth()));
        }
      }
    }
    due.removeIf(u -> u.disposition().isAfter(today));
    due.sort(Comparator.comparing(Unpaid::disposition).thenComparing(u -> u.grant().id()));
    Profile profile = Profile.of(seed, person.personnummer());
    BigDecimal debt = profile.debt();
    LocalDate debtFrom = LocalDate.of(book.rateYear() - 1, 6, 1);
    List<Payment> payments = new ArrayList<>();
    for (Unpaid u : due) {
      BigDecimal gross = u.grant().amount();
      BigDecimal tax = u.decision().benefit() == BenefitType.FOLKEPENSION ? tax(gross, profile) : zero();
      BigDecimal setOff = zero();
      if (debt.signum() > 0 && !u.disposition().isBefore(debtFrom)) {
        setOff = gross.subtract(tax).multiply(SET_OFF_SHARE).setScale(0, RoundingMode.DOWN).min(debt).setScale(2);
        debt = debt.subtract(setOff);
      }
      List<Payment.SetOff> setOffs = setOff.signum() > 0
          ? List.of(new Payment.SetOff("Modregning: restskat for " + (debtFrom.getYear() - 1)
              + " (Gældsstyrelsen), jf. inddrivelseslovens § 7", setOff))
          : List.of();
      if (!u.disposition().isBefore(from) && !u.disposition().isAfter(to)) {
        payments.add(new Payment(paymentId(u), u.decision().benefit(), u.grant().id(), u.disposition(), gross, tax,
            gross.subtract(tax).subtract(setOff), setOffs, List.of(new Payment.CoveredPeriod(u.from(), u.to()))));
      }
    }
    payments.sort(Comparator.comparing(Payment::dispositionDate).thenComparing(Payment::id).reversed());
    return payments;
  }

  private record Unpaid(DecisionRecord decision, Grant grant, LocalDate disposition, LocalDate from, LocalDate to) {}

  private static Grant grant(DecisionRecord d, LocalDate today) {
    boolean quarterly = d.benefit() == BenefitType.BOERNE_UNGEYDELSE;
    GrantStatus status = d.validFrom().isAfter(today) ? GrantStatus.UPCOMING
        : d.validTo() != null && d.validTo().isBefore(today) ? GrantStatus.ENDED : GrantStatus.ACTIVE;
    String title = switch (d.benefit()) {
      case FOLKEPENSION -> "Folkepension";
      case BOERNE_UNGEYDELSE -> "Børne- og ungeydelse";
      case BOLIGSTOETTE -> d.title().replaceAll(" \\d{4}$", "");
    };
    return new Grant("BEV" + d.id().substring(d.id().indexOf('-')), d.benefit(), title, d.validFrom(), d.validTo(),
        quarterly ? d.result().quarterly() : d.result().monthly(), quarterly ? AmountPeriod.QUARTER : AmountPeriod.MONTH,
        status, d.authority(), d.id(), d.caseNumber());
  }

  /** "UDB-FP-2026-03-1234567": benefit code, the month or quarter covered, the grant's number. */
  private static String paymentId(Unpaid u) {
    String id = u.grant().id();
    String[] parts = id.split("-");
    String covered = u.decision().benefit() == BenefitType.BOERNE_UNGEYDELSE ? u.decision().period().toString()
        : YearMonth.from(u.from()).toString();
    return "UDB-" + parts[1] + "-" + covered + "-" + parts[parts.length - 1];
  }

  /** A-skat: (gross − monthly fradrag) × trækprocent, whole kroner. */
  private static BigDecimal tax(BigDecimal gross, Profile profile) {
    BigDecimal base = gross.subtract(profile.monthlyDeduction()).max(BigDecimal.ZERO);
    return base.multiply(BigDecimal.valueOf(profile.taxPercent())).movePointLeft(2).setScale(0, RoundingMode.HALF_UP)
        .setScale(2);
  }

  private static BigDecimal zero() {
    return BigDecimal.ZERO.setScale(2);
  }

  static LocalDate lastBankingDay(YearMonth month) {
    LocalDate day = month.atEndOfMonth();
    while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
      day = day.minusDays(1);
    }
    return day;
  }

  static LocalDate lastWeekdayBefore(LocalDate day) {
    LocalDate d = day.minusDays(1);
    while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
      d = d.minusDays(1);
    }
    return d;
  }
}
