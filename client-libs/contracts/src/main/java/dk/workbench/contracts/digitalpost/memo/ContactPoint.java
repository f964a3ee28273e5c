package dk.workbench.contracts.digitalpost.memo;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** MeMo {@code ContactPoint}: where replies go, with extra label/value lines. */
public record ContactPoint(
    String contactGroup,
    String contactPointID,
    String label,
    @JsonProperty("ContactInfo") List<ContactInfo> contactInfo) {

  public ContactPoint {
    contactInfo = contactInfo == null ? List.of() : List.copyOf(contactInfo);
  }

  /** MeMo {@code ContactInfo}. */
  public record ContactInfo(String label, String value) {}
}
