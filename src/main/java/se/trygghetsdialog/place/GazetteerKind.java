package se.trygghetsdialog.place;

/** What a gazetteer entry names. */
public enum GazetteerKind {
  LOCALITY,
  STREET,
  LANDMARK
}
