package se.trygghetsdialog.measure;

/** The kind of actor that owns a measure; any actor may. */
public enum OwnerKind {
  MUNICIPALITY,
  POLICE,
  HOUSING_COMPANY,
  ASSOCIATION,
  RESIDENTS,
  OTHER
}
