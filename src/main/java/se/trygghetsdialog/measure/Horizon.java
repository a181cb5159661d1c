package se.trygghetsdialog.measure;

/** Short or long term. */
public enum Horizon {
  SHORT_TERM,
  LONG_TERM
}
