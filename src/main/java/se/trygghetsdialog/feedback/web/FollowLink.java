package se.trygghetsdialog.feedback.web;

/**
 * One of the two links a follower is mailed: confirm the following, or stop it.
 *
 * @param kind the name the invalid-link page knows the link by
 * @param view the page behind the link
 * @param donePage the dialogue's page (after {@code /folj/}) the link's button leads to
 */
record FollowLink(String kind, String view, String donePage) {

  static final FollowLink CONFIRM = new FollowLink("confirm", "feedback/confirm", "bekraftad");

  static final FollowLink UNSUBSCRIBE =
      new FollowLink("unsubscribe", "feedback/unsubscribe", "avslutad");

  /** The link of a path segment after {@code /folj/}: {@code bekrafta} or {@code avsluta}. */
  static FollowLink of(String segment) {
    return segment.equals("bekrafta") ? CONFIRM : UNSUBSCRIBE;
  }
}
