package dk.workbench.rules;

/** Output of {@link Explain#run}: versioned JSON or readable text. */
public enum OutputFormat {
  JSON,
  TEXT
}
