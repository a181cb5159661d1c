package se.trygghetsdialog.field;

/** An EST week is open while the team works on it; a closed week is read-only. */
public enum EstWeekStatus {
  OPEN,
  CLOSED
}
