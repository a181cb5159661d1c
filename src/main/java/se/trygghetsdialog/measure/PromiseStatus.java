package se.trygghetsdialog.measure;

/** Where a medborgarlöfte is. */
public enum PromiseStatus {
  PLANNED,
  ACTIVE,
  FULFILLED,
  NOT_FULFILLED
}
