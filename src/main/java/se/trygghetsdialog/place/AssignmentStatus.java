package se.trygghetsdialog.place;

/** Where an organisation is with an approved report: ny, pågår, åtgärdad, ingen åtgärd. */
public enum AssignmentStatus {
  NEW,
  IN_PROGRESS,
  RESOLVED,
  NO_ACTION;

  /** Whether no further change is possible. */
  public boolean closed() {
    return this == RESOLVED || this == NO_ACTION;
  }
}
