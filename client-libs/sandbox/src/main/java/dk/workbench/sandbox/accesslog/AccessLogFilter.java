package dk.workbench.sandbox.accesslog;

import dk.workbench.contracts.accesslog.AccessAction;
import dk.workbench.contracts.accesslog.AccessLogEntry;
import dk.workbench.contracts.accesslog.AccessPurpose;
import dk.workbench.contracts.accesslog.Organisation;
import java.time.Instant;

/**
 * What a page of the access log is filtered by; every part optional (null = any).
 *
 * @param from entries at or after this instant
 * @param toExclusive entries before this instant
 * @param organisation the organisation's CVR number or its name (case-insensitive)
 * @param action the action
 * @param purpose the purpose
 */
public record AccessLogFilter(Instant from, Instant toExclusive, String organisation, AccessAction action,
    AccessPurpose purpose) {

  /** No filter: the whole log. */
  public static final AccessLogFilter NONE = new AccessLogFilter(null, null, null, null, null);

  /** Whether entries must be looked at one by one (beyond the period, which maps to an index range). */
  boolean needsScan() {
    return organisation != null || action != null || purpose != null;
  }

  /** Whether a kind of access can match (organisation and purpose; the action is per entry). */
  boolean admits(AccessKind kind) {
    return organisationMatches(kind.organisation()) && (purpose == null || purpose == kind.purpose());
  }

  /** Whether a recorded entry matches every part. */
  boolean matches(AccessLogEntry entry) {
    Instant t = entry.timestamp();
    return (from == null || !t.isBefore(from))
        && (toExclusive == null || t.isBefore(toExclusive))
        && (action == null || action == entry.action())
        && (purpose == null || purpose == entry.purpose())
        && (organisation == null || entry.actor() != null && organisationMatches(entry.actor().organisation()));
  }

  private boolean organisationMatches(Organisation org) {
    return organisation == null
        || org != null && (organisation.equals(org.cvr()) || organisation.equalsIgnoreCase(org.name()));
  }
}
