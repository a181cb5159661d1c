package se.trygghetsdialog.topic;

/** The steps of a medborgarförslag's case file, in order, with the audit action of each. */
public enum ProposalStep {
  REGISTERED("topic.proposal-registered"),
  REFERRED("topic.proposal-referred"),
  ANSWERED("topic.proposal-answered"),
  DECIDED("topic.proposal-decided");

  private final String auditAction;

  ProposalStep(String auditAction) {
    this.auditAction = auditAction;
  }

  String auditAction() {
    return auditAction;
  }
}
