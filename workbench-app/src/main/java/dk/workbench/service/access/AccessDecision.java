package dk.workbench.service.access;

import dk.workbench.service.overview.Section;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * What the {@link AccessGuard} allows for one look-up: the sections that may be fetched and,
 * for the others, why not.
 */
public record AccessDecision(Set<Section> allowed, Map<Section, Refusal> refused) {
  public AccessDecision {
    allowed = Collections.unmodifiableSet(allowed.isEmpty() ? EnumSet.noneOf(Section.class) : EnumSet.copyOf(allowed));
    refused = Collections.unmodifiableMap(refused.isEmpty() ? new EnumMap<>(Section.class) : new EnumMap<>(refused));
  }

  /** Why a section is not shown. */
  public enum Refusal {
    /** The purpose of access does not need this section (purpose limitation). */
    NOT_NEEDED_FOR_PURPOSE,
    /** The staff member's role does not have the privilege. */
    ROLE_LACKS_PRIVILEGE
  }

  /** False when nothing at all may be shown: then nothing is fetched or recorded. */
  public boolean anyAllowed() {
    return !allowed.isEmpty();
  }
}
