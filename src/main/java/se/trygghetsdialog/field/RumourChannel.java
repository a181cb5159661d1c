package se.trygghetsdialog.field;

/** Where a rumour was seen; stored by name in {@code rumour.channel}. */
public enum RumourChannel {
  FACEBOOK,
  INSTAGRAM,
  TIKTOK,
  SNAPCHAT,
  SCHOOL,
  OTHER
}
