package dk.workbench.domain;

/**
 * Why a staff member looks a citizen up. Required before any data is fetched, and recorded
 * with every access (purpose limitation, GDPR art. 5(1)(b)).
 */
public enum Purpose {
  TELEPHONE_ENQUIRY("TELEFON"),
  PERSONAL_ATTENDANCE("FREMMOEDE"),
  CASEWORK("SAGSBEHANDLING");

  private final String code;

  Purpose(String code) {
    this.code = code;
  }

  /** The stable code used on the command line and in the access log. */
  public String code() {
    return code;
  }
}
