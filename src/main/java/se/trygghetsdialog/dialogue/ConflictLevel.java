package se.trygghetsdialog.dialogue;

/** The dialogue team's assessment of how much conflict the question holds. */
public enum ConflictLevel {
  LOW,
  MEDIUM,
  HIGH
}
