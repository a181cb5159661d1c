package se.trygghetsdialog.tenancy;

import java.util.UUID;
import se.trygghetsdialog.shared.MunicipalityId;

/** An actor in the municipality: a political body, a unit of the administration or a partner. */
public record Organisation(
    UUID id, MunicipalityId municipalityId, String name, OrganisationKind kind) {}
