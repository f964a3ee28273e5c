package dk.workbench.service.access;

import dk.workbench.contracts.auth.StaffRole;
import dk.workbench.domain.Purpose;
import dk.workbench.service.overview.Section;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Decides, before anything is fetched, which overview sections a look-up may show: the
 * purpose of access limits what is needed (a telephone enquiry does not open the citizen's
 * Digital Post), and the staff role must hold each section's privilege. Pure and thread-safe.
 */
public final class AccessGuard {
  private static final Map<Purpose, Set<Section>> NEEDED = Map.of(
      Purpose.TELEPHONE_ENQUIRY, EnumSet.complementOf(EnumSet.of(Section.DIGITAL_POST)),
      Purpose.PERSONAL_ATTENDANCE, EnumSet.allOf(Section.class),
      Purpose.CASEWORK, EnumSet.allOf(Section.class));

  public AccessDecision decide(StaffRole role, Purpose purpose) {
    Objects.requireNonNull(role, "role == null");
    Objects.requireNonNull(purpose, "purpose == null");
    Set<Section> allowed = EnumSet.noneOf(Section.class);
    Map<Section, AccessDecision.Refusal> refused = new EnumMap<>(Section.class);
    for (Section section : Section.values()) {
      if (!NEEDED.get(purpose).contains(section)) {
        refused.put(section, AccessDecision.Refusal.NOT_NEEDED_FOR_PURPOSE);
      } else if (!role.may(section.privilege())) {
        refused.put(section, AccessDecision.Refusal.ROLE_LACKS_PRIVILEGE);
      } else {
        allowed.add(section);
      }
    }
    return new AccessDecision(allowed, refused);
  }
}
