package dk.workbench.contracts.digitalpost;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * One page of a citizen's Digital Post, newest first, as served by
 * {@code GET /digitalpost/v1/mailboxes/{cpr}/messages}.
 *
 * @param items at most {@code size} messages
 * @param page the page number, from 0 (as the access log's)
 * @param size the page size asked for
 * @param totalCount how many messages match the filters in all
 * @param totalPages how many pages of {@code size} that makes
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MailboxPage(List<MailboxMessage> items, int page, int size, long totalCount, long totalPages) {
  public MailboxPage {
    items = items == null ? List.of() : List.copyOf(items);
  }

  /** Whether a later page has more. */
  public boolean hasNext() {
    return page + 1L < totalPages;
  }
}
