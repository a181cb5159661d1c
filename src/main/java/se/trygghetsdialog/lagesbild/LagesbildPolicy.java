package se.trygghetsdialog.lagesbild;

import se.trygghetsdialog.identity.Role;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.measure.MeasurePolicy;

/** Who may read and edit the lägesbild. */
public final class LagesbildPolicy {

  private LagesbildPolicy() {}

  /**
   * The safety coordinator (and administrators) edit the lägesbild, import crime statistics and
   * record its adoption.
   */
  public static boolean mayEditLagesbild(StaffPrincipal staff) {
    return staff.has(Role.SAFETY_COORDINATOR) || staff.has(Role.ADMINISTRATOR);
  }

  /**
   * Who may read the lägesbild's staff pages (the draft): its editors and all who view measures.
   */
  public static boolean mayViewLagesbild(StaffPrincipal staff) {
    return mayEditLagesbild(staff) || MeasurePolicy.mayView(staff);
  }
}
