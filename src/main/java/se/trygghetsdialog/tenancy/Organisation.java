package se.trygghetsdialog.tenancy;

import java.util.UUID;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * An actor in the municipality: a political body, a unit of the administration or a partner, with
 * its contact addresses (blank when it has none). An archived organisation is kept for what points
 * to it and no longer offered for anything new.
 */
public record Organisation(
    UUID id,
    MunicipalityId municipalityId,
    String name,
    OrganisationKind kind,
    String email,
    String phone,
    boolean archived)
    implements ArchivableRegister.Row {

  public Organisation(UUID id, MunicipalityId municipalityId, String name, OrganisationKind kind) {
    this(id, municipalityId, name, kind, "", "", false);
  }

  /** The same organisation, archived or taken back. */
  public Organisation withArchived(boolean archived) {
    return new Organisation(id, municipalityId, name, kind, email, phone, archived);
  }
}
