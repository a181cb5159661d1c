package se.trygghetsdialog.dialogue;

/** A member's role in the neutral dialogue team. */
public enum TeamRole {
  PROCESS_LEADER,
  CONVERSATION_LEADER
}
