package se.trygghetsdialog.perspective;

import java.time.ZoneId;

/** The time zone contact dates are read in. */
final class PerspectiveTime {

  static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

  private PerspectiveTime() {}
}
