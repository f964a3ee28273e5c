package dk.workbench.contracts.accesslog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * One page of a citizen's access log, newest first.
 *
 * @param entries at most {@code size} entries
 * @param page the page number, from 0
 * @param size the page size asked for
 * @param totalEntries how many entries match the filter in all
 * @param totalPages how many pages of {@code size} that makes
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AccessLogPage(List<AccessLogEntry> entries, int page, int size, long totalEntries, long totalPages) {

  public AccessLogPage {
    entries = entries == null ? List.of() : List.copyOf(entries);
  }
}
