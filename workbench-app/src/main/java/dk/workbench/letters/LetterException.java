package dk.workbench.letters;

/** A letter cannot be made from these inputs; the message says why, without personal data. */
public class LetterException extends Exception {
  private static final long serialVersionUID = 1L;

  public LetterException(String message) {
    super(message);
  }

  public LetterException(String message, Throwable cause) {
    super(message, cause);
  }
}
