package dk.workbench.rules.parameters;

/** What the engine does with a parameter. */
public enum Role {
  /** Read by the calculation; a missing value makes the dependent amounts absent. */
  CALCULATION,
  /** Read only for an informational trace line (does not change any amount). */
  INFORMATION,
  /** Kept for documentation and consistency checks (base levels, derived cut-offs); never read by the engine. */
  REFERENCE
}
