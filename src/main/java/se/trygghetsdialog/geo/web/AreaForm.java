package se.trygghetsdialog.geo.web;

import org.jspecify.annotations.Nullable;

/** The area form as typed, to show again. */
public record AreaForm(
    @Nullable String name,
    @Nullable String kind,
    @Nullable String geometry,
    @Nullable String latitude,
    @Nullable String longitude) {

  public String v(@Nullable String value) {
    return value == null ? "" : value;
  }
}
