package dk.workbench.service.digitalpost;

/**
 * Whether the citizen's Digital Post may be opened now, and if not, why.
 *
 * @param refusal null when allowed
 */
public record PostAccess(Refusal refusal) {
  /** Why the mailbox stays closed. */
  public enum Refusal {
    /** The staff role may not read Digital Post. */
    ROLE_LACKS_PRIVILEGE,
    /** No acting-for or assisted session: nobody present has a right to the post. */
    NO_SESSION,
    /** The session's power or consent does not cover Digital Post. */
    NOT_COVERED,
    /** The session's power or consent has ended. */
    BASIS_ENDED
  }

  public static final PostAccess ALLOWED = new PostAccess(null);

  public boolean allowed() {
    return refusal == null;
  }
}
