package se.trygghetsdialog.actionplan.web;

import se.trygghetsdialog.actionplan.ActionPlanPolicy;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffPrincipal;

/** Small helpers shared by the controllers of this module. */
final class Forms {

  private Forms() {}

  /** Staff who may adopt the åtgärdsplan. */
  static StaffPrincipal manager() {
    return StaffAccounts.signedIn(ActionPlanPolicy::mayAdopt, "may not manage measures");
  }
}
