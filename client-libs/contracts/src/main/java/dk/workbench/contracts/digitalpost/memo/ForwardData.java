package dk.workbench.contracts.digitalpost.memo;

import java.time.OffsetDateTime;
import java.util.UUID;

/** MeMo {@code ForwardData}: set on a message forwarded from another sender. */
public record ForwardData(
    UUID messageUUID,
    OffsetDateTime originalMessageDateTime,
    String originalSender,
    String originalContentResponsible,
    String originalRepresentative,
    String contactPointID,
    String comment) {}
