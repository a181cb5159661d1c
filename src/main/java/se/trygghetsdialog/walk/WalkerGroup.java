package se.trygghetsdialog.walk;

/** Who registers (R24): a person, or someone coming for a group. */
public enum WalkerGroup {
  INDIVIDUAL,
  ASSOCIATION,
  SCHOOL,
  SENIOR_HOUSING
}
