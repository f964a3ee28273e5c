package dk.workbench.service.accesslog;

import dk.workbench.clients.accesslog.AccessLogClient;
import dk.workbench.clients.accesslog.AccessLogQuery;
import dk.workbench.contracts.accesslog.AccessAction;
import dk.workbench.contracts.accesslog.AccessLogEntry;
import dk.workbench.contracts.accesslog.AccessLogPage;
import dk.workbench.contracts.accesslog.DataCategory;
import dk.workbench.contracts.cpr.CprNumber;
import dk.workbench.domain.Purpose;
import dk.workbench.http.ApiException;
import dk.workbench.service.access.AccessRecorder;
import dk.workbench.service.attorney.ActingForService;
import dk.workbench.service.attorney.ActingForSession;
import dk.workbench.service.attorney.SessionBlockedException;
import java.io.IOException;
import java.io.Writer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A citizen's access log as staff and the citizen see it: filtered by period, authority, action,
 * purpose and free text on the back-end (the text over the whole log), newest first, page by
 * page (the heaviest log has a million entries), employee names hidden unless asked
 * for, and a CSV export streamed page by page. Viewing and exporting are recorded as accesses
 * themselves. Blocking and thread-agnostic.
 */
public final class AccessLogService {
  /** Entries per back-end call when streaming (the API's maximum). */
  static final int STREAM_PAGE = AccessLogQuery.MAX_SIZE;

  public static final String VIEW = "ACCESS_LOG_VIEW";
  public static final String EXPORT = "ACCESS_LOG_EXPORT";

  private final AccessLogClient client;
  private final AccessRecorder recorder;
  private final Clock clock;
  private final ActingForService sessions;

  /** Without acting-for sessions (the command line's export). */
  public AccessLogService(AccessLogClient client, AccessRecorder recorder, Clock clock) {
    this(client, recorder, clock, null);
  }

  /** With the sessions whose state gates reading the log in a session ({@link #ensureOpen}). */
  public AccessLogService(AccessLogClient client, AccessRecorder recorder, Clock clock, ActingForService sessions) {
    this.client = Objects.requireNonNull(client, "client == null");
    this.recorder = Objects.requireNonNull(recorder, "recorder == null");
    this.clock = Objects.requireNonNull(clock, "clock == null");
    this.sessions = sessions;
  }

  /**
   * Whether the log may be read in this acting-for session (null: none, the staff member's own
   * purpose decides): refused once the session's basis has ended or its power no longer holds,
   * before anything is fetched or recorded.
   *
   * @throws SessionBlockedException with the reason
   */
  public void ensureOpen(ActingForSession session) throws SessionBlockedException {
    if (session == null || sessions == null) {
      return;
    }
    if (sessions.state(session) == ActingForSession.State.ENDED) {
      boolean withdrawn = sessions.withdrawal(session).isPresent();
      throw new SessionBlockedException(withdrawn ? SessionBlockedException.Reason.WITHDRAWN
          : SessionBlockedException.Reason.BASIS_ENDED, "the access log is closed: the session has ended");
    }
  }

  /** {@link #page(CprNumber, AccessLogFilter, int, int, boolean)} in a session, gated by {@link #ensureOpen}. */
  public AccessLogSlice page(ActingForSession session, CprNumber citizen, AccessLogFilter filter, int page, int size,
      boolean showNames) throws ApiException, SessionBlockedException {
    ensureOpen(session);
    return page(citizen, filter, page, size, showNames);
  }

  /** Records that staff opened the log in a session (refused, nothing recorded, once it has ended). */
  public void recordView(CprNumber citizen, Purpose purpose, ActingForSession session) throws Exception {
    ensureOpen(session);
    recordView(citizen, purpose, session == null ? null : session.onBehalf());
  }

  /** A streamed entry's consumer. */
  @FunctionalInterface
  public interface RowSink {
    void accept(AccessLogRow row) throws IOException;
  }

  /**
   * One page of the log filtered on the back-end, free text included (searched over the whole
   * log, never in employees' names), newest first.
   */
  public AccessLogSlice page(CprNumber citizen, AccessLogFilter filter, int page, int size, boolean showNames)
      throws ApiException {
    AccessLogPage answer = client.entries(citizen, query(filter, size).page(page));
    List<AccessLogRow> rows = new ArrayList<>(answer.entries().size());
    for (AccessLogEntry entry : answer.entries()) {
      rows.add(AccessLogRow.of(entry, showNames));
    }
    return new AccessLogSlice(rows, page, answer.totalEntries(), answer.totalEntries(), true);
  }

  /**
   * Every entry matching the filter (and its free text), newest first, page by page: memory
   * stays flat however long the log is. Returns how many rows were passed on.
   */
  public long stream(CprNumber citizen, AccessLogFilter filter, boolean showNames, RowSink sink)
      throws ApiException, IOException {
    return stream(citizen, filter, showNames, Long.MAX_VALUE, sink);
  }

  /** {@link #stream(CprNumber, AccessLogFilter, boolean, RowSink)}, stopping after {@code limit} rows. */
  public long stream(CprNumber citizen, AccessLogFilter filter, boolean showNames, long limit, RowSink sink)
      throws ApiException, IOException {
    long passed = 0;
    int page = 0;
    while (true) {
      AccessLogPage answer = client.entries(citizen, query(filter, STREAM_PAGE).page(page));
      for (AccessLogEntry entry : answer.entries()) {
        if (passed >= limit) {
          return passed;
        }
        sink.accept(AccessLogRow.of(entry, showNames));
        passed++;
      }
      page++;
      if (answer.entries().isEmpty() || page >= answer.totalPages()) {
        return passed;
      }
    }
  }

  /**
   * Writes the filtered log as CSV (header row, one row per entry, RFC 4180 quoting), streamed
   * page by page, and records the export. Returns the number of entries written.
   */
  public long exportCsv(CprNumber citizen, AccessLogFilter filter, Writer out, Purpose purpose,
      AccessRecorder.OnBehalf onBehalf) throws Exception {
    recordExport(citizen, purpose, onBehalf, "csv");
    AccessLogCsv csv = new AccessLogCsv(out);
    csv.header();
    long rows = stream(citizen, filter, false, csv::row);
    out.flush();
    return rows;
  }

  /** Records that staff opened the citizen's access log (and on whose behalf). */
  public void recordView(CprNumber citizen, Purpose purpose, AccessRecorder.OnBehalf onBehalf) throws Exception {
    recorder.record(new AccessRecorder.Access(UUID.randomUUID().toString(), citizen, purpose, Set.of(), clock.instant(),
        new AccessRecorder.Activity(VIEW, AccessAction.READ, List.of(DataCategory.CPR_BASIC), null), onBehalf));
  }

  /** Records an export of the citizen's access log ({@code format}: csv or pdf). */
  public void recordExport(CprNumber citizen, Purpose purpose, AccessRecorder.OnBehalf onBehalf, String format)
      throws Exception {
    recorder.record(new AccessRecorder.Access(UUID.randomUUID().toString(), citizen, purpose, Set.of(), clock.instant(),
        new AccessRecorder.Activity(EXPORT, AccessAction.PRINT, List.of(DataCategory.CPR_BASIC), format), onBehalf));
  }

  static AccessLogQuery query(AccessLogFilter filter, int size) {
    return AccessLogQuery.firstPage(size).between(filter.from(), filter.to()).organisation(filter.organisation())
        .action(filter.action()).purpose(filter.purpose()).text(filter.text());
  }
}
