package se.trygghetsdialog.dialogue;

/** Who proposed the topic of a dialogue. */
public enum TopicOrigin {
  ELECTED_OFFICIAL,
  OFFICIAL,
  CITIZEN_PROPOSAL
}
