package se.trygghetsdialog.actionplan.web;

import org.springframework.security.access.AccessDeniedException;
import se.trygghetsdialog.actionplan.ActionPlanPolicy;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffPrincipal;

/** Small helpers shared by the controllers of this module. */
final class Forms {

  private Forms() {}

  /** Staff who may adopt the åtgärdsplan. */
  static StaffPrincipal manager() {
    StaffPrincipal staff = StaffAccounts.signedIn();
    if (!ActionPlanPolicy.mayAdopt(staff)) {
      throw new AccessDeniedException("may not manage measures");
    }
    return staff;
  }
}
