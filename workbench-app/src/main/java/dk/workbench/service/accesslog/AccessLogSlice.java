package dk.workbench.service.accesslog;

import java.util.List;

/**
 * Rows of a filtered access log.
 *
 * @param page the page, from 0 (for a text search: 0)
 * @param total entries matching the filter; for a text search, the matches found among {@code scanned}
 * @param scanned for a text search, how many entries (newest first) were searched; else {@code total}
 * @param complete false when a text search stopped before the end of the log
 */
public record AccessLogSlice(List<AccessLogRow> rows, int page, long total, long scanned, boolean complete) {
  public AccessLogSlice {
    rows = List.copyOf(rows);
  }
}
