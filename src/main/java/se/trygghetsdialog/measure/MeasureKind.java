package se.trygghetsdialog.measure;

/** A proposal, a commitment by an actor, or a measure. */
public enum MeasureKind {
  PROPOSAL,
  COMMITMENT,
  MEASURE
}
