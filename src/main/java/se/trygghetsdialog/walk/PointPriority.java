package se.trygghetsdialog.walk;

/** Priority of a protocol point. */
public enum PointPriority {
  HIGH,
  MEDIUM,
  LOW
}
