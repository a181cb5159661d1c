package se.trygghetsdialog.records.registration;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.trygghetsdialog.records.RecordKind;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * One registration entry: an inbound submission as the diarium sees it.
 *
 * @param position increases with every entry written; the read API's cursor
 * @param recordId the submission's id in its own module
 * @param organisationId the owning organisation once routed, else null
 * @param title short and without personal data
 * @param diarienummer null until imported from the municipality's diarium
 */
public record RegistrationEntry(
    UUID id,
    long position,
    MunicipalityId municipalityId,
    OffsetDateTime registeredAt,
    RecordKind kind,
    String recordId,
    @Nullable UUID organisationId,
    String title,
    @Nullable String diarienummer) {}
