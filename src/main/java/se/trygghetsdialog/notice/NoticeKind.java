package se.trygghetsdialog.notice;

/** What a notice on the board announces. */
public enum NoticeKind {
  /**
   * The adjustment (justering) of a protocol of fullmäktige or a nämnd (kommunallagen 8 kap. 12 §):
   * the notice says when the meeting was held, when the protocol was adjusted and where it is kept,
   * and stays up until the time for appeal has run out.
   */
  PROTOCOL_ADJUSTED,
  /** A kungörelse, for example of a meeting of fullmäktige. */
  PROCLAMATION,
  /** A tillkännagivande required by another law. */
  ANNOUNCEMENT,
  /** Anything else the municipality posts. */
  OTHER
}
