package se.trygghetsdialog.geo.web;

import org.jspecify.annotations.Nullable;

/** Raw input of the map settings form. */
public record MapSettingsForm(
    @Nullable String minLatitude,
    @Nullable String maxLatitude,
    @Nullable String minLongitude,
    @Nullable String maxLongitude,
    @Nullable String tileUrl,
    @Nullable String tileAttribution) {

  public String v(@Nullable String value) {
    return value == null ? "" : value;
  }
}
