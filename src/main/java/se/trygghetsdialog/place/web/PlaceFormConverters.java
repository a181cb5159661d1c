package se.trygghetsdialog.place.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;
import se.trygghetsdialog.geo.Coordinates;
import se.trygghetsdialog.place.Photo;
import se.trygghetsdialog.place.PhotoSanitizer;
import se.trygghetsdialog.place.PlaceRuleViolation;
import se.trygghetsdialog.place.Route;
import se.trygghetsdialog.shared.web.FormText;

/**
 * How the place forms' own field types are bound: a route typed as {@code lat,lon;lat,lon} and a
 * photo, re-encoded without its metadata. A value they refuse is a binding error on its field with
 * the message of the {@link PlaceRuleViolation} they throw.
 */
final class PlaceFormConverters {

  private PlaceFormConverters() {}

  /** A route of at least two points; a blank field is no route. */
  @Component
  static class RouteConverter implements Converter<String, Route> {
    @Override
    public Route convert(String source) {
      List<Coordinates> points = route(source);
      if (points == null) {
        throw new PlaceRuleViolation("route", "place.error.route.invalid");
      }
      return new Route(points);
    }
  }

  /** Parses {@code lat,lon;lat,lon}; empty is no route, null means malformed. */
  static @Nullable List<Coordinates> route(@Nullable String value) {
    String cleaned = FormText.clean(value);
    if (cleaned.isEmpty()) {
      return List.of();
    }
    if (cleaned.length() > 2000) {
      return null;
    }
    List<Coordinates> points = new ArrayList<>();
    for (String pair : cleaned.split(";")) {
      if (pair.isBlank()) {
        continue;
      }
      String[] parts = pair.strip().split("[,\\s]+");
      if (parts.length != 2) {
        return null;
      }
      Double lat = FormText.decimal(parts[0]);
      Double lon = FormText.decimal(parts[1]);
      if (lat == null || lon == null) {
        return null;
      }
      points.add(new Coordinates(lat, lon));
    }
    return points.size() == 1 ? null : points;
  }

  /** A JPEG or PNG photo, re-encoded; no file chosen is no photo. */
  @Component
  static class PhotoConverter implements Converter<MultipartFile, Photo> {
    @Override
    public Photo convert(MultipartFile upload) {
      if (upload.isEmpty()) {
        return null;
      }
      try {
        return PhotoSanitizer.sanitize(upload.getBytes(), upload.getContentType());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
