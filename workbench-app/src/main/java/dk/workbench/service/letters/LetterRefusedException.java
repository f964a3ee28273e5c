package dk.workbench.service.letters;

/** The workflow refuses a step (wrong role, own letter, wrong state, no such letter); the message says why. */
public class LetterRefusedException extends Exception {
  private static final long serialVersionUID = 1L;

  public LetterRefusedException(String reason) {
    super(reason);
  }
}
