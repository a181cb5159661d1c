package se.trygghetsdialog.opinion;

/** Whether residents see a statement: residents' statements wait for moderation first. */
public enum StatementVisibility {
  PENDING,
  SHOWN,
  HIDDEN
}
