package dk.workbench.contracts.accesslog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;

/**
 * Body of {@code POST /accesslog/v1/entries}: an access the workbench records for itself. Sent
 * with an {@code Idempotency-Key} header; a repeated key stores nothing new.
 *
 * @param citizen the CPR number (ten digits) of the person whose data was accessed
 * @param timestamp when the access happened (an outbox may deliver it later); the server's time when absent
 * @param actor who accessed the data
 * @param system the accessing system, e.g. "Citizen Workbench"
 * @param action what was done
 * @param dataCategories the kinds of data touched; at least one
 * @param purpose why
 * @param legalBasis under which law
 * @param onBehalfOf the representative, if the access was made for someone holding a power of attorney
 * @param correlationId the workbench's correlation id of the look-up
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record NewAccessLogEntry(
    String citizen,
    Instant timestamp,
    Actor actor,
    String system,
    AccessAction action,
    List<DataCategory> dataCategories,
    AccessPurpose purpose,
    LegalBasis legalBasis,
    OnBehalfOf onBehalfOf,
    String correlationId) {

  public NewAccessLogEntry {
    dataCategories = dataCategories == null ? List.of() : List.copyOf(dataCategories);
  }

  /** No CPR number, no names. */
  @Override
  public String toString() {
    return "NewAccessLogEntry[action=" + action + ", purpose=" + purpose + ", categories=" + dataCategories + "]";
  }
}
