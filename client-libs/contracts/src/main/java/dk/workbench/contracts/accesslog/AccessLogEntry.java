package dk.workbench.contracts.accesslog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;

/**
 * One access to a citizen's data, after Estonia's Data Tracker and Denmark's MinLog: who, when,
 * with which system, what was done to which data, why and under which law.
 *
 * @param id stable identifier of the entry
 * @param timestamp when the access happened
 * @param actor who accessed the data
 * @param system the IT system used, e.g. "Pensionssystemet (KY)"
 * @param action what was done
 * @param dataCategories the kinds of data touched
 * @param purpose why
 * @param legalBasis under which law
 * @param onBehalfOf the representative, when someone acted for the citizen under a power of attorney
 * @param correlationId the request or session id in the accessing system (MinLog {@code sessionsId})
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AccessLogEntry(
    String id,
    Instant timestamp,
    Actor actor,
    String system,
    AccessAction action,
    List<DataCategory> dataCategories,
    AccessPurpose purpose,
    LegalBasis legalBasis,
    OnBehalfOf onBehalfOf,
    String correlationId) {

  public AccessLogEntry {
    dataCategories = dataCategories == null ? List.of() : List.copyOf(dataCategories);
  }
}
