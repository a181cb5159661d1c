package se.trygghetsdialog.session.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;
import se.trygghetsdialog.moderation.PersonalDataScreener;
import se.trygghetsdialog.moderation.ScreenedText;
import se.trygghetsdialog.session.SessionRuleViolation;
import se.trygghetsdialog.session.ShareMaterial;

/**
 * Binds a session material upload: the name without any folder, screened once, and at most {@link
 * ShareMaterial#MAX_BYTES} bytes (a larger file is a field error); no file chosen is no file.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class MaterialUploadConverter implements Converter<MultipartFile, ShareMaterial.Upload> {

  private final PersonalDataScreener screener;

  @Override
  public ShareMaterial.@Nullable Upload convert(MultipartFile file) {
    if (file.isEmpty()) {
      return null;
    }
    if (file.getSize() > ShareMaterial.MAX_BYTES) {
      throw tooLarge();
    }
    byte[] bytes;
    try (InputStream in = file.getInputStream()) {
      bytes = in.readNBytes(ShareMaterial.MAX_BYTES + 1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (bytes.length > ShareMaterial.MAX_BYTES) {
      throw tooLarge();
    }
    String name = Objects.requireNonNullElse(file.getOriginalFilename(), "");
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
    return new ShareMaterial.Upload(new ScreenedText(screener.screen(name)), bytes);
  }

  private static SessionRuleViolation tooLarge() {
    return new SessionRuleViolation(
        "file", "session.error.material.tooLarge", ShareMaterial.MAX_BYTES / (1024 * 1024));
  }
}
