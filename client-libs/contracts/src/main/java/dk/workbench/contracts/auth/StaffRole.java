package dk.workbench.contracts.auth;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The roles of the staff who use the workbench, and what each may do. The sandbox enforces
 * these; a connected deployment gets them from its identity provider.
 */
public enum StaffRole {
  /** Payment Denmark or municipal call-centre agent: reads, records calls; no protected data. */
  CALL_AGENT(EnumSet.of(StaffPrivilege.PERSON_READ, StaffPrivilege.CASE_READ, StaffPrivilege.BENEFIT_READ,
      StaffPrivilege.DECISION_READ, StaffPrivilege.DIGITAL_POST_READ, StaffPrivilege.ACCESS_LOG_READ,
      StaffPrivilege.ACCESS_LOG_WRITE, StaffPrivilege.POWER_OF_ATTORNEY_READ, StaffPrivilege.INTERACTION_READ,
      StaffPrivilege.INTERACTION_WRITE, StaffPrivilege.LETTER_READ, StaffPrivilege.LETTER_WRITE)),
  /** Citizen service centre caseworker: as an agent, plus protected addresses and sensitive cases. */
  CASEWORKER(with(CALL_AGENT.privileges, StaffPrivilege.PROTECTED_ADDRESS_READ, StaffPrivilege.SENSITIVE_CASE_READ)),
  /** Approves and sends decision letters. */
  SUPERVISOR(with(CASEWORKER.privileges, StaffPrivilege.DIGITAL_POST_SEND));

  private final Set<StaffPrivilege> privileges;

  StaffRole(Set<StaffPrivilege> privileges) {
    this.privileges = Collections.unmodifiableSet(privileges);
  }

  public Set<StaffPrivilege> privileges() {
    return privileges;
  }

  public boolean may(StaffPrivilege privilege) {
    return privileges.contains(privilege);
  }

  private static Set<StaffPrivilege> with(Set<StaffPrivilege> base, StaffPrivilege... more) {
    EnumSet<StaffPrivilege> all = EnumSet.copyOf(base);
    all.addAll(Set.of(more));
    return all;
  }
}
