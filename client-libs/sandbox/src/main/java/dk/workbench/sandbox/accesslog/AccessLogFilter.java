package dk.workbench.sandbox.accesslog;

import dk.workbench.contracts.accesslog.AccessAction;
import dk.workbench.contracts.accesslog.AccessLogEntry;
import dk.workbench.contracts.accesslog.AccessPurpose;
import dk.workbench.contracts.accesslog.ActorType;
import dk.workbench.contracts.accesslog.DataCategory;
import dk.workbench.contracts.accesslog.LegalBasis;
import dk.workbench.contracts.accesslog.Organisation;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * What a page of the access log is filtered by; every part optional (null = any).
 *
 * @param from entries at or after this instant
 * @param toExclusive entries before this instant
 * @param organisation the organisation's CVR number or its name (case-insensitive)
 * @param action the action
 * @param purpose the purpose
 * @param words the free text's words, lower case; every one must occur in the entry's
 *     {@linkplain #searchable searchable text} (empty = any)
 */
public record AccessLogFilter(Instant from, Instant toExclusive, String organisation, AccessAction action,
    AccessPurpose purpose, List<String> words) {

  /** No filter: the whole log. */
  public static final AccessLogFilter NONE = new AccessLogFilter(null, null, null, null, null);

  public AccessLogFilter {
    words = words == null ? List.of() : List.copyOf(words);
  }

  /** A filter without free text. */
  public AccessLogFilter(Instant from, Instant toExclusive, String organisation, AccessAction action,
      AccessPurpose purpose) {
    this(from, toExclusive, organisation, action, purpose, List.of());
  }

  /** The words of a free text ({@code q}): split on white space, lower case; none for null or blank. */
  public static List<String> words(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    return List.of(text.strip().toLowerCase(Locale.ROOT).split("\\s+"));
  }

  /**
   * What the free text is matched against, lower case: the organisation's name and CVR number,
   * the actor's type and role, the system, the action, the data categories, the purpose and the
   * legal basis (text and reference) — what the log shows of an entry, except the employee's
   * name (hidden by default, withheld for police and intelligence: a search must not reveal it)
   * and the representative (a CPR number).
   */
  static String searchable(ActorType actorType, Organisation organisation, String role, String system,
      AccessAction action, List<DataCategory> categories, AccessPurpose purpose, LegalBasis legalBasis) {
    StringBuilder b = new StringBuilder(160);
    if (organisation != null) {
      b.append(organisation.name()).append(' ').append(organisation.cvr()).append(' ');
    }
    b.append(nz(actorType)).append(' ').append(nz(role)).append(' ').append(nz(system)).append(' ').append(nz(action))
        .append(' ');
    for (DataCategory c : categories) {
      b.append(c).append(' ');
    }
    b.append(nz(purpose)).append(' ');
    if (legalBasis != null) {
      b.append(legalBasis.text()).append(' ').append(legalBasis.reference());
    }
    return b.toString().toLowerCase(Locale.ROOT);
  }

  private static String nz(Object o) {
    return o == null ? "" : o.toString();
  }

  /** Whether every word of the free text occurs in {@code searchable} (lower case). */
  boolean textMatches(String searchable) {
    for (String word : words) {
      if (!searchable.contains(word)) {
        return false;
      }
    }
    return true;
  }

  /** Whether entries must be looked at one by one (beyond the period, which maps to an index range). */
  boolean needsScan() {
    return organisation != null || action != null || purpose != null || !words.isEmpty();
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
        && (organisation == null || entry.actor() != null && organisationMatches(entry.actor().organisation()))
        && (words.isEmpty() || textMatches(searchable(entry)));
  }

  private static String searchable(AccessLogEntry e) {
    var actor = e.actor();
    return searchable(actor == null ? null : actor.type(), actor == null ? null : actor.organisation(),
        actor == null ? null : actor.role(), e.system(), e.action(), e.dataCategories(), e.purpose(), e.legalBasis());
  }

  private boolean organisationMatches(Organisation org) {
    return organisation == null
        || org != null && (organisation.equals(org.cvr()) || organisation.equalsIgnoreCase(org.name()));
  }
}
