package dk.workbench.service.accesslog;

import java.util.List;

/**
 * Rows of a filtered access log.
 *
 * @param page the page, from 0
 * @param total entries matching the filter (its free text included: the back-end searches the whole log)
 * @param scanned the same as {@code total} (kept for callers of the time when the text was searched in the client)
 * @param complete always true: every filter is applied to the whole log
 */
public record AccessLogSlice(List<AccessLogRow> rows, int page, long total, long scanned, boolean complete) {
  public AccessLogSlice {
    rows = List.copyOf(rows);
  }
}
