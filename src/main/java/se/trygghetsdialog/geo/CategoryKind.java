package se.trygghetsdialog.geo;

/** Whether a category is about an unsafe place or a safe / liked one. */
public enum CategoryKind {
  UNSAFE,
  SAFE
}
