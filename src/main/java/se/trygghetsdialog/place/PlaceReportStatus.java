package se.trygghetsdialog.place;

/** Where a report stands; only {@code PUBLISHED} reports are ever shown publicly. */
public enum PlaceReportStatus {
  PENDING,
  PUBLISHED,
  REJECTED,
  INTERNAL
}
