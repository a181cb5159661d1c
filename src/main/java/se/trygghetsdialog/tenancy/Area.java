package se.trygghetsdialog.tenancy;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.trygghetsdialog.shared.MunicipalityId;

/** A locality or delområde with an approximate centre. */
public record Area(
    UUID id,
    MunicipalityId municipalityId,
    String name,
    String kind,
    @Nullable Double latitude,
    @Nullable Double longitude) {}
