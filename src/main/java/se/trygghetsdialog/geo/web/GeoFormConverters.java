package se.trygghetsdialog.geo.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;
import se.trygghetsdialog.geo.EditAreas;
import se.trygghetsdialog.geo.ImportGazetteer;

/**
 * How the geo forms' own field types are bound: an uploaded gazetteer CSV or GeoJSON file as its
 * text.
 */
final class GeoFormConverters {

  private GeoFormConverters() {}

  /** The file's text, read as UTF-8; null when no file was chosen. */
  private static @Nullable String text(MultipartFile upload) {
    if (upload.isEmpty()) {
      return null;
    }
    try {
      return new String(upload.getBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A CSV file read as UTF-8; no file chosen is no upload. */
  @Component
  static class UploadConverter implements Converter<MultipartFile, ImportGazetteer.Upload> {
    @Override
    public ImportGazetteer.@Nullable Upload convert(MultipartFile upload) {
      String text = text(upload);
      return text == null ? null : new ImportGazetteer.Upload(text);
    }
  }

  /** A GeoJSON file read as UTF-8; no file chosen is no upload. */
  @Component
  static class GeoJsonUploadConverter implements Converter<MultipartFile, EditAreas.Upload> {
    @Override
    public EditAreas.@Nullable Upload convert(MultipartFile upload) {
      String text = text(upload);
      return text == null ? null : new EditAreas.Upload(text);
    }
  }
}
