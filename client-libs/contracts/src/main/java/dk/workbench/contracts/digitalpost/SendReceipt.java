package dk.workbench.contracts.digitalpost;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The answer to {@code POST /digitalpost/v1/messages} (202 Accepted): the message is queued for
 * the recipient's mailbox. A repeated request with the same {@code Idempotency-Key} gets the
 * same receipt.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SendReceipt(UUID messageUUID, OffsetDateTime acceptedAt) {}
