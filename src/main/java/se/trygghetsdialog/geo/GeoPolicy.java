package se.trygghetsdialog.geo;

import se.trygghetsdialog.identity.Role;
import se.trygghetsdialog.identity.StaffPrincipal;

/** Who may maintain the municipality's map: the only place these rules live. */
public final class GeoPolicy {

  private GeoPolicy() {}

  /** Administrators maintain the categories and the map settings. */
  public static boolean mayAdminister(StaffPrincipal staff) {
    return staff.has(Role.ADMINISTRATOR);
  }

  /** Administrators maintain the gazetteer. */
  public static boolean mayImportGazetteer(StaffPrincipal staff) {
    return staff.has(Role.ADMINISTRATOR);
  }
}
