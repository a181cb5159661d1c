package se.trygghetsdialog.place.web;

import org.jspecify.annotations.Nullable;
import se.trygghetsdialog.shared.web.TypedForm;

/**
 * Raw input of the report form; {@code website} is a honeypot that people leave empty. {@code
 * sendAnyway} is yes when the resident sends a description that seems to hold personal data.
 */
public record PlaceReportForm(
    @Nullable String latitude,
    @Nullable String longitude,
    @Nullable String route,
    @Nullable String placeName,
    @Nullable String categoryId,
    @Nullable String timeOfDay,
    @Nullable String weekday,
    @Nullable String description,
    @Nullable String ageBand,
    @Nullable String gender,
    @Nullable String email,
    @Nullable String emailConsent,
    @Nullable String website,
    @Nullable String startedAt,
    @Nullable String allowDuplicate,
    @Nullable String sendAnyway)
    implements TypedForm {

  static PlaceReportForm blank() {
    return new PlaceReportForm("", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "");
  }

  PlaceReportForm at(String lat, String lon, String name) {
    return copy(lat, lon, name, startedAt);
  }

  PlaceReportForm withStartedAt(String stamp) {
    return copy(latitude, longitude, placeName, stamp);
  }

  /** The form as typed with another place and start time; the honeypot is never shown again. */
  private PlaceReportForm copy(
      @Nullable String lat, @Nullable String lon, @Nullable String name, @Nullable String stamp) {
    return new PlaceReportForm(
        lat,
        lon,
        route,
        name,
        categoryId,
        timeOfDay,
        weekday,
        description,
        ageBand,
        gender,
        email,
        emailConsent,
        "",
        stamp,
        allowDuplicate,
        sendAnyway);
  }

  /** The resident sends a description that screening flagged, to be reviewed before publishing. */
  /** Whether the hidden field people never see was filled in, as robots do. */
  boolean honeypotFilled() {
    return website != null && !website.isBlank();
  }

  public boolean sendsAnyway() {
    return "yes".equals(sendAnyway);
  }

  public boolean consent() {
    return "yes".equals(emailConsent);
  }
}
