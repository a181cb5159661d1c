package se.trygghetsdialog.population;

import se.trygghetsdialog.identity.Role;
import se.trygghetsdialog.identity.StaffPrincipal;

/** Who may do what with population statistics. */
public final class PopulationPolicy {

  private PopulationPolicy() {}

  /** Administrators import population statistics and set the areas' official codes. */
  public static boolean mayImport(StaffPrincipal staff) {
    return staff.has(Role.ADMINISTRATOR);
  }
}
