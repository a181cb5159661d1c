package se.trygghetsdialog.place.web;

import org.jspecify.annotations.Nullable;

/** Raw input of the report form; {@code website} is a honeypot that people leave empty. */
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
    @Nullable String allowDuplicate) {

  static PlaceReportForm blank() {
    return new PlaceReportForm("", "", "", "", "", "", "", "", "", "", "", "", "", "", "");
  }

  PlaceReportForm at(String lat, String lon, String name) {
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
        startedAt,
        allowDuplicate);
  }

  PlaceReportForm withStartedAt(String stamp) {
    return new PlaceReportForm(
        latitude,
        longitude,
        route,
        placeName,
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
        allowDuplicate);
  }

  public String v(@Nullable String value) {
    return value == null ? "" : value;
  }

  public boolean consent() {
    return "yes".equals(emailConsent);
  }
}
