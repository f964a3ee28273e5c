package dk.workbench.clients.accesslog;

import dk.workbench.contracts.accesslog.AccessAction;
import dk.workbench.contracts.accesslog.AccessPurpose;
import java.time.LocalDate;

/**
 * Which page of a citizen's access log to fetch, and the filter (every part optional, null =
 * any). Build it from {@link #firstPage(int)}:
 *
 * <pre>{@code
 * AccessLogQuery q = AccessLogQuery.firstPage(100).action(AccessAction.READ).between(from, to);
 * }</pre>
 *
 * @param page page number, from 0
 * @param size entries per page, 1 to {@value #MAX_SIZE}
 * @param from first day, included
 * @param to last day, included
 * @param organisation an organisation's CVR number or its exact name (case-insensitive)
 * @param action only this action
 * @param purpose only this purpose
 * @param text free text: entries in which every word occurs (case-insensitive) in the
 *     authority, CVR number, actor type, role, system, action, data, purpose or legal basis —
 *     never in an employee's name; null or blank for any
 */
public record AccessLogQuery(int page, int size, LocalDate from, LocalDate to, String organisation,
    AccessAction action, AccessPurpose purpose, String text) {
  /** The longest free text the API takes. */
  public static final int MAX_TEXT = 200;

  public static final int MAX_SIZE = 500;

  /** @throws IllegalArgumentException for a negative page, a size out of range, or {@code from} after {@code to} */
  public AccessLogQuery {
    if (page < 0 || size < 1 || size > MAX_SIZE) {
      throw new IllegalArgumentException("need page >= 0 and 1 <= size <= " + MAX_SIZE);
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("from is after to");
    }
    text = text == null || text.isBlank() ? null : text.strip();
    if (text != null && text.length() > MAX_TEXT) {
      throw new IllegalArgumentException("the free text is longer than " + MAX_TEXT + " characters");
    }
  }

  /** A query without free text. */
  public AccessLogQuery(int page, int size, LocalDate from, LocalDate to, String organisation, AccessAction action,
      AccessPurpose purpose) {
    this(page, size, from, to, organisation, action, purpose, null);
  }

  /** The newest {@code size} entries, unfiltered. */
  public static AccessLogQuery firstPage(int size) {
    return new AccessLogQuery(0, size, null, null, null, null, null);
  }

  /** The same filter, page {@code n}. */
  public AccessLogQuery page(int n) {
    return new AccessLogQuery(n, size, from, to, organisation, action, purpose, text);
  }

  /** Only entries from the first day to the last day (Danish time), both included; null for open. */
  public AccessLogQuery between(LocalDate first, LocalDate last) {
    return new AccessLogQuery(page, size, first, last, organisation, action, purpose, text);
  }

  /** Only entries of this organisation: its CVR number or its exact name (case-insensitive); null for any. */
  public AccessLogQuery organisation(String cvrOrName) {
    return new AccessLogQuery(page, size, from, to, cvrOrName, action, purpose, text);
  }

  /** Only entries with this action; null for any. */
  public AccessLogQuery action(AccessAction only) {
    return new AccessLogQuery(page, size, from, to, organisation, only, purpose, text);
  }

  /** Only entries with this purpose; null for any. */
  public AccessLogQuery purpose(AccessPurpose only) {
    return new AccessLogQuery(page, size, from, to, organisation, action, only, text);
  }

  /** Only entries in which every word of {@code words} occurs (see {@link #text()}); null for any. */
  public AccessLogQuery text(String words) {
    return new AccessLogQuery(page, size, from, to, organisation, action, purpose, words);
  }
}
