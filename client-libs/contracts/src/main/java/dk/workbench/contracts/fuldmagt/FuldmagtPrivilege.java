package dk.workbench.contracts.fuldmagt;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;

/**
 * The project's catalogue of power-of-attorney privileges. On the wire each is its URN, as
 * Digital Fuldmagt delivers privileges (OIOSAML Basic Privilege Profile, one URN per privilege
 * defined by the service provider).
 */
public enum FuldmagtPrivilege {
  /** See the grantor's cases and their documents. */
  READ_CASES("urn:dk:workbench:privilege:read-cases"),
  /** Read the grantor's Digital Post. */
  READ_DIGITAL_POST("urn:dk:workbench:privilege:read-digital-post"),
  /** See the grantor's benefits, payments and decisions. */
  READ_BENEFITS("urn:dk:workbench:privilege:read-benefits"),
  /** Act for the grantor: apply, answer, complain, change details. */
  ACT("urn:dk:workbench:privilege:act");

  private final String urn;

  FuldmagtPrivilege(String urn) {
    this.urn = urn;
  }

  /** The URN, e.g. {@code urn:dk:workbench:privilege:read-cases}. */
  @JsonValue
  public String urn() {
    return urn;
  }

  /** The privilege with this URN, if it is in the catalogue. */
  public static Optional<FuldmagtPrivilege> byUrn(String urn) {
    for (FuldmagtPrivilege p : values()) {
      if (p.urn.equals(urn)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /** For JSON: the URN; an unknown one is an error. */
  @JsonCreator
  static FuldmagtPrivilege fromUrn(String urn) {
    return byUrn(urn).orElseThrow(() -> new IllegalArgumentException("not a privilege of the catalogue"));
  }
}
