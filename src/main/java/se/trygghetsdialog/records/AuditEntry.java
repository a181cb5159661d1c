package se.trygghetsdialog.records;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.trygghetsdialog.shared.MunicipalityId;

/** One line of the audit log. */
public record AuditEntry(
    UUID id,
    MunicipalityId municipalityId,
    OffsetDateTime occurredAt,
    @Nullable UUID actorAccountId,
    String action,
    String subject,
    String details) {}
