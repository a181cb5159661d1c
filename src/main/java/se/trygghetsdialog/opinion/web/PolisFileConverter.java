package se.trygghetsdialog.opinion.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;
import se.trygghetsdialog.opinion.ImportPolisExport.PolisFile;

/** Binds an uploaded file of a Polis export; no file chosen is no file. */
@Component
class PolisFileConverter implements Converter<MultipartFile, PolisFile> {

  @Override
  public PolisFile convert(MultipartFile upload) {
    if (upload.isEmpty()) {
      return null;
    }
    try {
      return new PolisFile(upload.getBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
