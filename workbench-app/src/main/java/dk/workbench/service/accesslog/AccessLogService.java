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
import java.io.IOException;
import java.io.Writer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A citizen's access log as staff and the citizen see it: filtered by period, authority, action
 * and purpose on the back-end, newest first, page by page (the heaviest log has a million
 * entries), with a free-text search over the newest entries, employee names hidden unless asked
 * for, and a CSV export streamed page by page. Viewing and exporting are recorded as accesses
 * themselves. Blocking and thread-agnostic.
 */
public final class AccessLogService {
  /** Entries per back-end call when streaming (the API's maximum). */
  static final int STREAM_PAGE = AccessLogQuery.MAX_SIZE;
  /** How many of the newest entries (matching the back-end filters) a free-text search reads. */
  public static final int SEARCH_SCAN = 10_000;
  /** At most this many matches are kept from one free-text search. */
  public static final int SEARCH_MATCHES = 2_000;

  public static final String VIEW = "ACCESS_LOG_VIEW";
  public static final String EXPORT = "ACCESS_LOG_EXPORT";

  private final AccessLogClient client;
  private final AccessRecorder recorder;
  private final Clock clock;

  public AccessLogService(AccessLogClient client, AccessRecorder recorder, Clock clock) {
    this.client = Objects.requireNonNull(client, "client == null");
    this.recorder = Objects.requireNonNull(recorder, "recorder == null");
    this.clock = Objects.requireNonNull(clock, "clock == null");
  }

  /** A streamed entry's consumer. */
  @FunctionalInterface
  public interface RowSink {
    void accept(AccessLogRow row) throws IOException;
  }

  /**
   * One page of the log filtered on the back-end (the free text is ignored here; see
   * {@link #search}), newest first.
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
   * The entries matching the filter and its free text, newest first: reads the newest
   * {@value #SEARCH_SCAN} entries that match the back-end filters and keeps at most
   * {@value #SEARCH_MATCHES} matches; {@code complete} says whether the whole filtered log was read.
   */
  public AccessLogSlice search(CprNumber citizen, AccessLogFilter filter, boolean showNames) throws ApiException {
    List<AccessLogRow> matches = new ArrayList<>();
    long scanned = 0;
    long total = Long.MAX_VALUE;
    int page = 0;
    while (scanned < total && scanned < SEARCH_SCAN && matches.size() < SEARCH_MATCHES) {
      AccessLogPage answer = client.entries(citizen, query(filter, STREAM_PAGE).page(page++));
      total = answer.totalEntries();
      if (answer.entries().isEmpty()) {
        break;
      }
      for (AccessLogEntry entry : answer.entries()) {
        AccessLogRow row = AccessLogRow.of(entry, showNames);
        if (row.matches(filter.text()) && matches.size() < SEARCH_MATCHES) {
          matches.add(row);
        }
      }
      scanned += answer.entries().size();
    }
    return new AccessLogSlice(matches, 0, matches.size(), scanned, scanned >= total);
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
        AccessLogRow row = AccessLogRow.of(entry, showNames);
        if (passed >= limit) {
          return passed;
        }
        if (row.matches(filter.text())) {
          sink.accept(row);
          passed++;
        }
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
        .action(filter.action()).purpose(filter.purpose());
  }
}
