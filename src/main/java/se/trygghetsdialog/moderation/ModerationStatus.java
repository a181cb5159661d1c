package se.trygghetsdialog.moderation;

/** Where a queue item stands. Only {@code APPROVED} content is ever public. */
public enum ModerationStatus {
  PENDING,
  APPROVED,
  REJECTED,
  INTERNAL
}
