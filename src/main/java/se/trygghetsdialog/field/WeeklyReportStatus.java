package se.trygghetsdialog.field;

/**
 * A weekly report is a draft until the coordinator submits it; an approver then publishes it or
 * returns it with a comment (see {@link FieldPolicy}).
 */
public enum WeeklyReportStatus {
  DRAFT,
  SUBMITTED,
  RETURNED,
  PUBLISHED
}
