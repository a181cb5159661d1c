package se.trygghetsdialog.place.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;
import se.trygghetsdialog.place.Photo;
import se.trygghetsdialog.place.PhotoSanitizer;
import se.trygghetsdialog.place.PlaceRuleViolation;
import se.trygghetsdialog.place.Route;

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
      List<se.trygghetsdialog.geo.Coordinates> points = PlaceReportPages.route(source);
      if (points == null) {
        throw new PlaceRuleViolation("route", "place.error.route.invalid");
      }
      return new Route(points);
    }
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
