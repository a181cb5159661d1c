package se.trygghetsdialog.measure;

/** Where a measure is; see {@link MeasurePolicy} for the allowed moves. */
public enum MeasureStatus {
  PROPOSED,
  DECIDED,
  IN_PROGRESS,
  DONE,
  CLOSED_WITHOUT_ACTION
}
