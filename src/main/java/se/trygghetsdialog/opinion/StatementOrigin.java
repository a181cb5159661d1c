package se.trygghetsdialog.opinion;

/** Who wrote a statement: the dialogue team, a resident, or an imported Polis conversation. */
public enum StatementOrigin {
  SEEDED,
  PARTICIPANT,
  IMPORTED
}
