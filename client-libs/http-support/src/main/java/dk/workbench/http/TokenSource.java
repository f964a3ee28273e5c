package dk.workbench.http;

/**
 * Where the shared client gets its bearer token. Implementations cache the token and must be
 * thread-safe; {@link #invalidate(String)} is called when the back-end answers 401 to it, and
 * the call is then tried once more with a fresh token.
 */
public interface TokenSource {
  /** The current token, fetched if there is none. */
  String token() throws java.io.IOException;

  /** Forget {@code token} (if it is still the current one). */
  void invalidate(String token);
}
