package dk.workbench.service.outbox;

/**
 * Thrown by an {@link OutboxSender.Delivery} when an item can never be sent as stored (e.g. its
 * payload is not the JSON the kind expects): the sender gives it up at once instead of retrying.
 * The message must hold no personal data.
 */
public final class UndeliverableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UndeliverableException(String message, Throwable cause) {
    super(message, cause);
  }
}
