package se.trygghetsdialog.tenancy;

/** What kind of actor an organisation is; decides whether it can take political decisions. */
public enum OrganisationKind {
  COUNCIL,
  EXECUTIVE_BOARD,
  COMMITTEE,
  ADMINISTRATION,
  DEPARTMENT,
  POLICE,
  HOUSING_COMPANY,
  ASSOCIATION,
  SCHOOL,
  BUSINESS,
  OTHER;

  /** Kommunfullmäktige, kommunstyrelse and nämnder take political decisions. */
  public boolean political() {
    return this == COUNCIL || this == EXECUTIVE_BOARD || this == COMMITTEE;
  }
}
