package se.trygghetsdialog.measure;

/** The outcome of a decision on a proposal (bifall, avslag, delvis bifall, ingen åtgärd). */
public enum DecisionOutcome {
  APPROVED,
  REJECTED,
  PARTLY_APPROVED,
  NO_ACTION;

  /** Whether the proposal goes ahead (in full or in part). */
  public boolean goesAhead() {
    return this == APPROVED || this == PARTLY_APPROVED;
  }
}
