package se.trygghetsdialog.tenancy;

import java.util.List;
import java.util.UUID;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * What in other modules points to an organisation or an area: dialogues, measures, routing rules,
 * walks, reports. Tenancy is upstream of those modules and cannot look; each declares a bean of
 * this type, and an organisation or area that something points to is not deleted (it can be
 * archived).
 */
public interface TenancyReferences {

  /** The things of the municipality that point to the organisation; empty when none. */
  List<Reference> toOrganisation(MunicipalityId municipality, UUID organisationId);

  /** The things of the municipality that point to the area; empty when none. */
  List<Reference> toArea(MunicipalityId municipality, UUID areaId);

  /**
   * One thing that points.
   *
   * @param kindKey message key of what kind of thing it is, e.g. a dialogue
   * @param name its title or name as stored
   */
  record Reference(String kindKey, String name) {}
}
