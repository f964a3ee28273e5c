package dk.workbench.service.attorney;

import dk.workbench.contracts.fuldmagt.CheckReason;

/** The outcome of starting an acting-for session: started, or blocked with the reason. */
public sealed interface SessionStart {
  /** The session is on. */
  record Started(ActingForSession session) implements SessionStart {}

  /**
   * No privilege is allowed: the reason from the power check (missing, pending, not yet valid,
   * expired, revoked), with the power it rests on when there is one.
   *
   * @param detail the back-end's sentence (no personal data)
   */
  record Blocked(CheckReason reason, String powerId, String detail) implements SessionStart {}
}
