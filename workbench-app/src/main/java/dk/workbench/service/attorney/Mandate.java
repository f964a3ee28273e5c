package dk.workbench.service.attorney;

import dk.workbench.contracts.fuldmagt.FuldmagtPrivilege;
import dk.workbench.service.overview.Section;
import java.util.EnumSet;
import java.util.Set;

/** Which overview sections a set of power-of-attorney privileges covers. Pure. */
public final class Mandate {
  /** Shown in every session: who the citizen is, and the powers the session rests on. */
  public static final Set<Section> ALWAYS = EnumSet.of(Section.PERSON, Section.POWERS_OF_ATTORNEY);

  private Mandate() {}

  /** The sections a privilege opens. {@code ACT} opens none by itself: it allows actions, not reading. */
  public static Set<Section> sections(FuldmagtPrivilege privilege) {
    return switch (privilege) {
      case READ_CASES -> EnumSet.of(Section.CASES, Section.DEADLINES, Section.INTERACTIONS);
      case READ_BENEFITS -> EnumSet.of(Section.BENEFITS, Section.PAYMENTS);
      case READ_DIGITAL_POST -> EnumSet.of(Section.DIGITAL_POST);
      case ACT -> EnumSet.noneOf(Section.class);
    };
  }

  /** The privilege a section needs, or null for the sections every session shows. */
  public static FuldmagtPrivilege privilegeFor(Section section) {
    for (FuldmagtPrivilege privilege : FuldmagtPrivilege.values()) {
      if (sections(privilege).contains(section)) {
        return privilege;
      }
    }
    return null;
  }

  /** Every section the privileges cover, plus {@link #ALWAYS}. */
  public static Set<Section> covered(Set<FuldmagtPrivilege> privileges) {
    Set<Section> covered = EnumSet.copyOf(ALWAYS);
    for (FuldmagtPrivilege privilege : privileges) {
      covered.addAll(sections(privilege));
    }
    return covered;
  }
}
