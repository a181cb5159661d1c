package se.trygghetsdialog.walk;

/** What has become of a protocol point; NOT_DONE needs a reason. */
public enum PointStatus {
  PLANNED,
  IN_PROGRESS,
  DONE,
  NOT_DONE
}
