package se.trygghetsdialog.records.access;

/** The decision on a request for public access. */
public enum AccessOutcome {
  /** Lämnas ut: everything, nothing withheld. */
  RELEASED,
  /** Lämnas ut med maskeringar: the copy withholds the marked passages. */
  RELEASED_WITH_REDACTIONS,
  /** Avslag: nothing is handed out. */
  REFUSED;

  /** Whether anything is withheld, so the decision must say how to appeal. */
  public boolean withholds() {
    return this != RELEASED;
  }
}
