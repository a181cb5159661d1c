package se.trygghetsdialog.geo.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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

  /** A CSV file read as UTF-8; no file chosen is no upload. */
  @Component
  static class UploadConverter implements Converter<MultipartFile, ImportGazetteer.Upload> {
    @Override
    public ImportGazetteer.Upload convert(MultipartFile upload) {
      if (upload.isEmpty()) {
        return null;
      }
      try {
        return new ImportGazetteer.Upload(new String(upload.getBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** A GeoJSON file read as UTF-8; no file chosen is no upload. */
  @Component
  static class GeoJsonUploadConverter implements Converter<MultipartFile, EditAreas.Upload> {
    @Override
    public EditAreas.Upload convert(MultipartFile upload) {
      if (upload.isEmpty()) {
        return null;
      }
      try {
        return new EditAreas.Upload(new String(upload.getBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
