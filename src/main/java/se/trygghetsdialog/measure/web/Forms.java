package se.trygghetsdialog.measure.web;

import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.measure.MeasureKind;
import se.trygghetsdialog.measure.MeasurePolicy;

/** Small helpers shared by the staff controllers of this module. */
final class Forms {

  private Forms() {}

  static StaffPrincipal staff() {
    return StaffAccounts.signedIn();
  }

  static StaffPrincipal viewer() {
    return StaffAccounts.signedIn(MeasurePolicy::mayView, "may not view measures");
  }

  static StaffPrincipal manager() {
    return StaffAccounts.signedIn(MeasurePolicy::mayManage, "may not manage measures");
  }

  static StaffPrincipal decider() {
    return StaffAccounts.signedIn(MeasurePolicy::mayRecordDecision, "may not record decisions");
  }

  /** The notice naming what was saved: a proposal, a commitment or a measure. */
  static String createdNotice(MeasureKind kind) {
    return switch (kind) {
      case PROPOSAL -> "measure.notice.created.PROPOSAL";
      case COMMITMENT -> "measure.notice.created.COMMITMENT";
      case MEASURE -> "measure.notice.created.MEASURE";
    };
  }
}
