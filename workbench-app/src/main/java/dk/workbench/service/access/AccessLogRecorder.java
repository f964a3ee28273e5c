package dk.workbench.service.access;

import dk.workbench.clients.accesslog.AccessLogClient;
import dk.workbench.contracts.accesslog.AccessPurpose;
import dk.workbench.contracts.accesslog.Actor;
import dk.workbench.contracts.accesslog.ActorType;
import dk.workbench.contracts.accesslog.DataCategory;
import dk.workbench.contracts.accesslog.LegalBasis;
import dk.workbench.contracts.accesslog.NewAccessLogEntry;
import dk.workbench.contracts.accesslog.OnBehalfOf;
import dk.workbench.contracts.accesslog.Organisation;
import dk.workbench.contracts.auth.StaffRole;
import dk.workbench.domain.Purpose;
import dk.workbench.service.overview.Section;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Sends each look-up to the access-log API (MinLog style) as a READ by an employee of the staff member's authority. */
public final class AccessLogRecorder implements AccessRecorder {
  static final String SYSTEM = "Citizen Workbench";

  private final AccessLogClient accessLog;
  private final Organisation organisation;
  private final StaffRole role;

  public AccessLogRecorder(AccessLogClient accessLog, Organisation organisation, StaffRole role) {
    this.accessLog = accessLog;
    this.organisation = organisation;
    this.role = role;
  }

  @Override
  public void record(Access access) throws Exception {
    accessLog.record(entry(access), access.id());
  }

  /**
   * The access-log entry for one access: by an employee of the authority, with action, purpose,
   * legal basis and, when acting for a representative, on whose behalf.
   */
  public NewAccessLogEntry entry(Access access) {
    return new NewAccessLogEntry(
        access.citizen().value(),
        access.at(),
        new Actor(ActorType.EMPLOYEE, organisation, roleName(role), null, false),
        SYSTEM,
        access.activity().action(),
        access.activity().categories() != null ? access.activity().categories() : categories(access.sections()),
        purpose(access.purpose()),
        legalBasis(access.purpose()),
        access.onBehalfOf() == null ? null
            : new OnBehalfOf(access.onBehalfOf().representative().value(), access.onBehalfOf().basisId()),
        access.id());
  }

  static List<DataCategory> categories(Set<Section> sections) {
    Set<DataCategory> categories = EnumSet.noneOf(DataCategory.class);
    for (Section section : sections) {
      switch (section) {
        case PERSON -> categories.addAll(List.of(DataCategory.CPR_BASIC, DataCategory.ADDRESS, DataCategory.FAMILY_RELATIONS));
        case POWERS_OF_ATTORNEY -> categories.add(DataCategory.POWERS_OF_ATTORNEY);
        case CASES, DEADLINES, INTERACTIONS -> categories.add(DataCategory.CASES);
        case BENEFITS, PAYMENTS -> categories.add(DataCategory.BENEFITS);
        case DIGITAL_POST -> categories.add(DataCategory.DIGITAL_POST);
      }
    }
    return List.copyOf(categories);
  }

  static AccessPurpose purpose(Purpose purpose) {
    return purpose == Purpose.CASEWORK ? AccessPurpose.CASE_PROCESSING : AccessPurpose.CITIZEN_INQUIRY;
  }

  static LegalBasis legalBasis(Purpose purpose) {
    return purpose == Purpose.CASEWORK
        ? new LegalBasis("Sagsbehandling", "Databeskyttelsesforordningen art. 6, stk. 1, litra e; forvaltningsloven")
        : new LegalBasis("Vejledning af borgeren", "Forvaltningsloven § 7; databeskyttelsesforordningen art. 6, stk. 1, litra e");
  }

  private static String roleName(StaffRole role) {
    return switch (role) {
      case CALL_AGENT -> "Telefonrådgiver";
      case CASEWORKER -> "Sagsbehandler";
      case SUPERVISOR -> "Teamleder";
    };
  }
}
