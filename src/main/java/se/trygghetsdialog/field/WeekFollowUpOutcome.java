package se.trygghetsdialog.field;

/** How an action planned for last week went. */
public enum WeekFollowUpOutcome {
  DONE,
  PARTLY,
  NOT_DONE
}
