package se.trygghetsdialog.actionplan;

import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.measure.Measure;
import se.trygghetsdialog.measure.MeasurePolicy;

/** Who may adopt the åtgärdsplan, and which measures may enter it. */
public final class ActionPlanPolicy {

  private ActionPlanPolicy() {}

  /** Those who manage the register of measures adopt versions of the åtgärdsplan. */
  public static boolean mayAdopt(StaffPrincipal staff) {
    return MeasurePolicy.mayManage(staff);
  }

  /**
   * A measure may enter an åtgärdsplan only with an owner and at least one linked problem (Brå:
   * measures must answer identified problems).
   */
  public static void checkPlanItem(Measure measure, int linkedProblems) {
    if (measure.owner().isBlank()) {
      throw new ActionPlanRuleViolation("measures", "measure.error.plan.noOwner", measure.title());
    }
    if (linkedProblems == 0) {
      throw new ActionPlanRuleViolation(
          "measures", "measure.error.plan.noProblem", measure.title());
    }
  }
}
