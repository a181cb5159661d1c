package se.trygghetsdialog.topic;

/**
 * What fullmäktige or the nämnd decided on a medborgarförslag (bifall, delvis bifall, avslag, or
 * besvarad: answered without a decision for or against, for example because the work is already
 * under way).
 */
public enum ProposalOutcome {
  APPROVED,
  PARTLY_APPROVED,
  REJECTED,
  ANSWERED
}
