package se.trygghetsdialog.geo;

/** What a gazetteer entry names. */
public enum GazetteerKind {
  LOCALITY,
  STREET,
  LANDMARK
}
