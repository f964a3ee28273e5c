package dk.workbench.contracts.digitalpost.memo;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * MeMo {@code Action}: something the citizen can do from a document (a self-service link, a
 * calendar reservation, information).
 *
 * @param actionCode e.g. {@code SELVBETJENING}, {@code AFTALE}, {@code INFORMATION}
 */
public record Action(
    String label,
    String actionCode,
    OffsetDateTime startDateTime,
    OffsetDateTime endDateTime,
    @JsonProperty("Reservation") Reservation reservation,
    @JsonProperty("EntryPoint") EntryPoint entryPoint) {

  /** MeMo {@code Reservation}: a calendar appointment. */
  public record Reservation(
      String description,
      UUID reservationUUID,
      @JsonProperty("abstract") String summary,
      String location,
      OffsetDateTime startDateTime,
      OffsetDateTime endDateTime,
      String organizerMail,
      String organizerName) {}

  /** MeMo {@code EntryPoint}: a link. */
  public record EntryPoint(String url) {}
}
