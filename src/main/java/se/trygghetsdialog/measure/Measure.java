package se.trygghetsdialog.measure;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * A proposal, commitment or measure as stored.
 *
 * @param owner the owning actor's name (any actor: kommun, polis, bostadsbolag, förening,
 *     residents)
 * @param contact the responsible contact (role or function, not a private person)
 * @param version increases with every change; forms carry it so stale or repeated submits fail
 */
public record Measure(
    MeasureId id,
    MunicipalityId municipalityId,
    MeasureKind kind,
    String title,
    String description,
    Horizon horizon,
    String owner,
    OwnerKind ownerKind,
    String contact,
    String expectedEffect,
    @Nullable MeasureType measureType,
    @Nullable UUID areaId,
    MeasureStatus status,
    @Nullable LocalDate followUpOn,
    int version,
    OffsetDateTime createdAt) {}
