package se.trygghetsdialog.measure;

/** Situational or social crime prevention (Brå). */
public enum MeasureType {
  SITUATIONAL,
  SOCIAL
}
