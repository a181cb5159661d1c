package se.trygghetsdialog.topic;

/** The steps of a medborgarförslag's case file, in order. */
public enum ProposalStep {
  REGISTERED,
  REFERRED,
  ANSWERED,
  DECIDED;

  /** The audit action of the step, e.g. {@code topic.proposal-registered}. */
  String auditAction() {
    return "topic.proposal-" + name().toLowerCase(java.util.Locale.ROOT);
  }
}
