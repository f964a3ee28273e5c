package dk.workbench.contracts.digitalpost.memo;

/**
 * A byte sequence is not a MeMo 1.2 message this binding can read: not well-formed XML, a
 * DTD, too large, the wrong root or version, a value of the wrong type, or a required element
 * missing. The message says what and where (element names, line and column) but never quotes
 * the input, which may hold personal data.
 */
public final class MemoParseException extends Exception {
  public MemoParseException(String message) {
    super(message);
  }

  public MemoParseException(String message, Throwable cause) {
    super(message, cause);
  }
}
