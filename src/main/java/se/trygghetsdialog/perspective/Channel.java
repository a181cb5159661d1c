package se.trygghetsdialog.perspective;

/**
 * How the dialogue team met the people behind a contact: interviews the team started, residents who
 * got in touch, outreach and visits, meetings. Named by the message {@code
 * perspective.channel.NAME}.
 */
public enum Channel {
  INTERVIEW,
  EMAIL,
  PHONE,
  CONTACT_CENTRE,
  STREET_OUTREACH,
  SCHOOL_VISIT,
  ASSOCIATION_VISIT,
  MEETING,
  OTHER;

  /** The message key naming the channel, also its key in {@code dialogue.Participation}. */
  public String key() {
    return "perspective.channel." + name();
  }
}
