package dk.workbench.service.accesslog;

import dk.workbench.contracts.accesslog.AccessAction;
import dk.workbench.contracts.accesslog.AccessPurpose;
import java.time.LocalDate;

/**
 * What part of a citizen's access log to show, every part asked of the back-end: period,
 * authority, action, purpose, and a free text whose every word must occur in an entry's
 * authority, CVR number, actor type, role, system, action, data, purpose or legal basis (never
 * in an employee's name). Every part may be null or blank for "any".
 *
 * @param organisation an authority's exact name or CVR number
 */
public record AccessLogFilter(LocalDate from, LocalDate to, String organisation, AccessAction action,
    AccessPurpose purpose, String text) {
  public static final AccessLogFilter NONE = new AccessLogFilter(null, null, null, null, null, null);

  /**
   * @throws IllegalArgumentException when {@code from} is after {@code to}
   */
  public AccessLogFilter {
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("the period's start is after its end");
    }
    organisation = organisation == null || organisation.isBlank() ? null : organisation.strip();
    text = text == null || text.isBlank() ? null : text.strip();
  }

  public AccessLogFilter withText(String words) {
    return new AccessLogFilter(from, to, organisation, action, purpose, words);
  }

  public AccessLogFilter between(LocalDate first, LocalDate last) {
    return new AccessLogFilter(first, last, organisation, action, purpose, text);
  }

  public AccessLogFilter withOrganisation(String name) {
    return new AccessLogFilter(from, to, name, action, purpose, text);
  }

  public AccessLogFilter withAction(AccessAction only) {
    return new AccessLogFilter(from, to, organisation, only, purpose, text);
  }

  public AccessLogFilter withPurpose(AccessPurpose only) {
    return new AccessLogFilter(from, to, organisation, action, only, text);
  }
}
