package se.trygghetsdialog.walk;

import java.time.OffsetDateTime;
import java.util.UUID;

/** What "Skicka protokollet" sent to one owner, and which version of the protocol it carried. */
public record ProtocolMail(
    UUID organisationId, String recipient, int points, OffsetDateTime sentAt, int version) {}
