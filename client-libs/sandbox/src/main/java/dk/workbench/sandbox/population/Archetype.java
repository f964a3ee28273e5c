package dk.workbench.sandbox.population;

import java.util.Optional;

/**
 * A situation testers need to find a person for. The {@link #id()} is the value of
 * {@code archetype} in {@code GET /sandbox/v1/archetypes}.
 */
public enum Archetype {
  /** Name and address protection ({@code adressebeskyttelse}) is set. */
  PROTECTED_ADDRESS("protected-address"),
  /** Under guardianship ({@code umyndiggoerelse}, with the guardian's name). */
  UNDER_GUARDIANSHIP("under-guardianship"),
  /** Exempt from Digital Post ({@code tilmeldtDigitalpost=false}), adult and alive. */
  EXEMPT_DIGITAL_POST("exempt-digital-post"),
  /** Status 90 (død) with a status date and civil status D. */
  DECEASED("deceased"),
  /** Status 80 (udrejst), emigration details, no current Danish address. */
  EMIGRATED("emigrated"),
  /** Aged 67 or more, unmarried, widowed or divorced, and living alone. */
  SINGLE_PENSIONER("single-pensioner"),
  /** Married, and both spouses are 67 or more. */
  PENSIONER_COUPLE("pensioner-couple"),
  /** Married, one spouse 67 or more and the other under pension age. */
  PENSIONER_WORKING_SPOUSE("pensioner-working-spouse"),
  /** Two parents at one address with children under 18. */
  FAMILY_WITH_CHILDREN("family-with-children"),
  /** A child whose two custody holders (Mor and Far) live at different addresses. */
  SHARED_CUSTODY("shared-custody"),
  /**
   * A single pensioner with a very long history for volume tests: 10,000 Digital Post messages
   * and 1,000,000 access-log entries (generated lazily by the sandbox).
   */
  HEAVY_HISTORY("heavy-history");

  private final String id;

  Archetype(String id) {
    this.id = id;
  }

  /** The kebab-case name used on the wire, e.g. {@code single-pensioner}. */
  public String id() {
    return id;
  }

  /** The archetype with this wire name, if any. */
  public static Optional<Archetype> byId(String id) {
    for (Archetype a : values()) {
      if (a.id.equals(id)) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }
}
