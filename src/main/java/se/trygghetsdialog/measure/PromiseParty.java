package se.trygghetsdialog.measure;

/** Who gives a medborgarlöfte. */
public enum PromiseParty {
  MUNICIPALITY,
  POLICE,
  BOTH
}
