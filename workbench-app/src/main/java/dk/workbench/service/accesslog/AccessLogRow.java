package dk.workbench.service.accesslog;

import dk.workbench.contracts.accesslog.AccessLogEntry;
import dk.workbench.contracts.accesslog.DataCategory;
import dk.workbench.http.Redaction;
import java.time.Instant;
import java.util.stream.Collectors;

/**
 * One access-log entry as staff and the citizen see it: the employee's name only when asked
 * for and allowed; a representative's CPR number masked.
 *
 * @param employee the employee's name, or "" when hidden or withheld
 * @param employeeWithheld true when the authority withholds names (police, intelligence)
 * @param onBehalfOf the representative (CPR masked) and the power they acted under, or ""
 */
public record AccessLogRow(String id, Instant timestamp, String organisation, String cvr, String actorType, String role,
    String employee, boolean employeeWithheld, String system, String action, String data, String purpose,
    String legalBasis, String legalReference, String onBehalfOf, String correlationId) {

  /** The row for an entry; the employee's name only when {@code showNames}. */
  public static AccessLogRow of(AccessLogEntry e, boolean showNames) {
    var actor = e.actor();
    String organisation = actor == null || actor.organisation() == null ? "" : nz(actor.organisation().name());
    String cvr = actor == null || actor.organisation() == null ? "" : nz(actor.organisation().cvr());
    boolean withheld = actor != null && actor.nameWithheld();
    String employee = showNames && actor != null && !withheld ? nz(actor.employeeName()) : "";
    String onBehalf = e.onBehalfOf() == null ? ""
        : Redaction.maskCpr(nz(e.onBehalfOf().cpr())) + " (" + nz(e.onBehalfOf().powerId()) + ")";
    return new AccessLogRow(nz(e.id()), e.timestamp(), organisation, cvr,
        actor == null || actor.type() == null ? "" : actor.type().name(), actor == null ? "" : nz(actor.role()),
        employee, withheld, nz(e.system()), e.action() == null ? "" : e.action().name(),
        e.dataCategories().stream().map(DataCategory::name).collect(Collectors.joining(", ")),
        e.purpose() == null ? "" : e.purpose().name(), e.legalBasis() == null ? "" : nz(e.legalBasis().text()),
        e.legalBasis() == null ? "" : nz(e.legalBasis().reference()), onBehalf, nz(e.correlationId()));
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  /** No names, no CPR numbers. */
  @Override
  public String toString() {
    return "AccessLogRow[id=" + id + ", " + organisation + ", " + action + "]";
  }
}
