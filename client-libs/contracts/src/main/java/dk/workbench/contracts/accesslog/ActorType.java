package dk.workbench.contracts.accesslog;

/** Who accessed a citizen's data: a named or unnamed employee, an automated system, or a citizen. */
public enum ActorType {
  /** A staff member of a public authority. */
  EMPLOYEE,
  /** An automated process, e.g. a nightly payment run or a register update. */
  SYSTEM,
  /** A citizen in self-service (borger.dk, sundhed.dk), the person themself or a representative. */
  CITIZEN
}
