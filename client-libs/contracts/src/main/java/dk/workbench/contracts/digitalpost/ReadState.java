package dk.workbench.contracts.digitalpost;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A message's read state, the answer to {@code PUT /digitalpost/v1/messages/{uuid}/read}.
 *
 * @param readAt when it was first marked read; absent for old post read before records began
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReadState(UUID messageUUID, boolean read, OffsetDateTime readAt) {}
