package dk.workbench.service.overview;

import dk.workbench.clients.benefits.BenefitsClient;
import dk.workbench.clients.cases.CasesClient;
import dk.workbench.clients.digitalpost.DigitalPostClient;
import dk.workbench.clients.digitalpost.MailboxQuery;
import dk.workbench.clients.fuldmagt.FuldmagtClient;
import dk.workbench.clients.interactions.InteractionsClient;
import dk.workbench.contracts.benefits.Grant;
import dk.workbench.contracts.benefits.Payment;
import dk.workbench.contracts.cases.CaseStatus;
import dk.workbench.contracts.cases.CaseSummary;
import dk.workbench.contracts.cases.Deadline;
import dk.workbench.contracts.cpr.CprNumber;
import dk.workbench.contracts.digitalpost.MailboxMessage;
import dk.workbench.contracts.digitalpost.MailboxPage;
import dk.workbench.contracts.fuldmagt.PowerOfAttorney;
import dk.workbench.contracts.fuldmagt.PowerStatus;
import dk.workbench.contracts.interactions.Interaction;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;

/**
 * The overview's sections beyond the person: one source per back-end, each shaping what the
 * citizen's overview needs (open cases only, deadlines in the next 90 days, unread post first …).
 */
public final class BackendSections {
  static final int RECENT_POST = 10;
  static final int RECENT_INTERACTIONS = 10;
  static final int DEADLINE_DAYS = 90;
  static final int PAYMENT_MONTHS = 24;

  private BackendSections() {}

  /** A section whose data is one call away. */
  @FunctionalInterface
  public interface Fetch<T> {
    T fetch(CprNumber cpr) throws Exception;
  }

  /** A {@link SectionSource} from a name and a function. */
  public record Source<T>(Section section, String sourceName, Fetch<T> fetcher) implements SectionSource<T> {
    @Override
    public T fetch(CprNumber cpr) throws Exception {
      return fetcher.fetch(cpr);
    }
  }

  /**
   * The sources. Where a section needs two calls, they run at once: one on the calling thread,
   * the other on {@code side} (which must not be the pool the sections run on, or a full pool
   * could wait on itself), so each section costs one round trip.
   */
  public static List<SectionSource<?>> of(FuldmagtClient fuldmagt, CasesClient cases, BenefitsClient benefits,
      DigitalPostClient post, InteractionsClient interactions, Clock clock, Executor side) {
    return List.of(
        new Source<>(Section.POWERS_OF_ATTORNEY, "Digital Fuldmagt", cpr -> powers(fuldmagt, cpr, side)),
        new Source<>(Section.CASES, "Sagsindeks", cpr -> openCases(cases, cpr)),
        new Source<>(Section.BENEFITS, "Udbetaling Danmark", cpr -> benefits(benefits, cpr, LocalDate.now(clock), side)),
        new Source<>(Section.PAYMENTS, "Udbetaling Danmark", cpr -> payments(benefits, cpr, LocalDate.now(clock))),
        new Source<>(Section.DIGITAL_POST, "Digital Post", cpr -> post(post, cpr, side)),
        new Source<>(Section.DEADLINES, "Sagsindeks", cpr -> deadlines(cases, cpr, LocalDate.now(clock))),
        new Source<>(Section.INTERACTIONS, "Henvendelser", cpr -> recentInteractions(interactions, cpr)));
  }

  /** Runs {@code other} on {@code side} while this thread runs {@code mine}; both answers, or the first failure. */
  static <A, B> Both<A, B> both(Fetch<A> mine, Fetch<B> other, CprNumber cpr, Executor side) throws Exception {
    FutureTask<B> task = new FutureTask<>(() -> other.fetch(cpr));
    side.execute(task);
    A a;
    try {
      a = mine.fetch(cpr);
    } catch (Exception e) {
      task.cancel(true);
      throw e;
    }
    try {
      return new Both<>(a, task.get());
    } catch (ExecutionException e) {
      throw e.getCause() instanceof Exception cause ? cause : e;
    }
  }

  record Both<A, B>(A first, B second) {}

  static OverviewData.Powers powers(FuldmagtClient fuldmagt, CprNumber cpr, Executor side) throws Exception {
    var powers = both(fuldmagt::grantedBy, fuldmagt::heldBy, cpr, side);
    return new OverviewData.Powers(active(powers.first()), active(powers.second()));
  }

  private static List<PowerOfAttorney> active(List<PowerOfAttorney> powers) {
    return powers.stream().filter(p -> p.status() == PowerStatus.ACTIVE).toList();
  }

  static List<CaseSummary> openCases(CasesClient cases, CprNumber cpr) throws Exception {
    return cases.listCases(cpr, null, null).stream()
        .filter(c -> c.status() != CaseStatus.AFSLUTTET)
        .toList();
  }

  static OverviewData.Benefits benefits(BenefitsClient benefits, CprNumber cpr, LocalDate today, Executor side)
      throws Exception {
    var both = both(benefits::listGrants, c -> benefits.listPayments(c, today.minusMonths(2), today.plusMonths(2)), cpr,
        side);
    List<Grant> grants = both.first().stream()
        .filter(g -> g.status() != Grant.GrantStatus.ENDED)
        .toList();
    List<Payment> near = both.second();
    return new OverviewData.Benefits(grants,
        near.stream().filter(p -> !p.dispositionDate().isAfter(today)).max(Comparator.comparing(Payment::dispositionDate)),
        near.stream().filter(p -> p.dispositionDate().isAfter(today)).min(Comparator.comparing(Payment::dispositionDate)));
  }

  static OverviewData.Payments payments(BenefitsClient benefits, CprNumber cpr, LocalDate today) throws Exception {
    LocalDate from = today.minusMonths(PAYMENT_MONTHS).withDayOfMonth(1);
    List<Payment> payments = new ArrayList<>(benefits.listPayments(cpr, from, today));
    payments.sort(Comparator.comparing(Payment::dispositionDate));
    return new OverviewData.Payments(from, today, payments);
  }

  static OverviewData.Post post(DigitalPostClient post, CprNumber cpr, Executor side) throws Exception {
    var both = both(c -> post.listMailbox(c, 0, MailboxQuery.defaults().withSize(RECENT_POST)),
        c -> post.listMailbox(c, 0, MailboxQuery.defaults().withSize(RECENT_POST).onlyUnread()), cpr, side);
    MailboxPage newest = both.first();
    MailboxPage unread = both.second();
    List<MailboxMessage> recent = new ArrayList<>(unread.items());
    for (MailboxMessage message : newest.items()) {
      if (recent.size() < RECENT_POST && recent.stream().noneMatch(m -> m.messageUUID().equals(message.messageUUID()))) {
        recent.add(message);
      }
    }
    return new OverviewData.Post(newest.totalCount(), unread.totalCount(), recent);
  }

  /** Deadlines of the open cases, from today to 90 days ahead, soonest first (restricted cases list none). */
  static List<OverviewData.DeadlineItem> deadlines(CasesClient cases, CprNumber cpr, LocalDate today) throws Exception {
    LocalDate until = today.plusDays(DEADLINE_DAYS);
    List<OverviewData.DeadlineItem> items = new ArrayList<>();
    for (CaseSummary summary : openCases(cases, cpr)) {
      for (Deadline deadline : summary.deadlines()) {
        if (deadline.date() != null && !deadline.date().isBefore(today) && !deadline.date().isAfter(until)) {
          items.add(new OverviewData.DeadlineItem(deadline.date(), deadline.description(), summary.caseNumber(),
              summary.authority() == null ? "" : summary.authority().name(), Boolean.TRUE.equals(deadline.met())));
        }
      }
    }
    items.sort(Comparator.comparing(OverviewData.DeadlineItem::date));
    return items;
  }

  static List<Interaction> recentInteractions(InteractionsClient interactions, CprNumber cpr) throws Exception {
    return interactions.interactions(cpr).stream()
        .sorted(Comparator.comparing(Interaction::occurredAt, Comparator.nullsLast(Comparator.reverseOrder())))
        .limit(RECENT_INTERACTIONS)
        .toList();
  }
}
