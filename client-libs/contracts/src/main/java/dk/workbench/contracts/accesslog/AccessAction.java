package dk.workbench.contracts.accesslog;

/** What was done with the data (MinLog {@code handling}). */
public enum AccessAction {
  READ,
  CREATE,
  UPDATE,
  DELETE,
  PRINT,
  SEND
}
