package se.trygghetsdialog.session;

/** Where a session takes place: in a room, online, or both at once. */
public enum SessionFormat {
  PHYSICAL,
  DIGITAL,
  HYBRID;

  /** Whether people meet in a room, so the session needs a venue. */
  public boolean hasVenue() {
    return this != DIGITAL;
  }

  /** Whether people take part online, so the session needs a link. */
  public boolean hasLink() {
    return this != PHYSICAL;
  }
}
