package se.trygghetsdialog.eid;

/** Where the resident is folkbokförd, as far as the broker said. */
public enum Residence {
  /** The broker's folkbokföring claim names this municipality. */
  REGISTERED_HERE,
  /** The claim names another municipality (refused unless {@code app.eid.require-residence}). */
  REGISTERED_ELSEWHERE,
  /** The broker gave no folkbokföring claim. */
  NOT_STATED
}
