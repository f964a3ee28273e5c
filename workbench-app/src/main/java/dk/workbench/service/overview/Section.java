package dk.workbench.service.overview;

import dk.workbench.contracts.auth.StaffPrivilege;
import java.time.Duration;

/**
 * The parts of the citizen overview, each fetched from its own back-end with its own deadline,
 * and the staff privilege it needs.
 */
public enum Section {
  PERSON(StaffPrivilege.PERSON_READ, Duration.ofSeconds(4)),
  POWERS_OF_ATTORNEY(StaffPrivilege.POWER_OF_ATTORNEY_READ, Duration.ofSeconds(5)),
  CASES(StaffPrivilege.CASE_READ, Duration.ofSeconds(6)),
  BENEFITS(StaffPrivilege.BENEFIT_READ, Duration.ofSeconds(6)),
  PAYMENTS(StaffPrivilege.BENEFIT_READ, Duration.ofSeconds(6)),
  DIGITAL_POST(StaffPrivilege.DIGITAL_POST_READ, Duration.ofSeconds(6)),
  DEADLINES(StaffPrivilege.CASE_READ, Duration.ofSeconds(6)),
  INTERACTIONS(StaffPrivilege.INTERACTION_READ, Duration.ofSeconds(5));

  private final StaffPrivilege privilege;
  private final Duration deadline;

  Section(StaffPrivilege privilege, Duration deadline) {
    this.privilege = privilege;
    this.deadline = deadline;
  }

  public StaffPrivilege privilege() {
    return privilege;
  }

  /** How long the overview waits for this section before calling it failed. */
  public Duration deadline() {
    return deadline;
  }
}
