package se.trygghetsdialog.notice.web;

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
import se.trygghetsdialog.notice.NoticeAttachment;
import se.trygghetsdialog.notice.NoticeRuleViolation;

/**
 * Binds a notice's PDF: the name without any folder, screened once, and at most {@link
 * NoticeAttachment#MAX_BYTES} bytes (a larger file is a field error); no file chosen is no file.
 * Whether it is a PDF is decided by its content, in the action.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class NoticeAttachmentConverter implements Converter<MultipartFile, NoticeAttachment> {

  private final PersonalDataScreener screener;

  @Override
  public @Nullable NoticeAttachment convert(MultipartFile file) {
    if (file.isEmpty()) {
      return null;
    }
    if (file.getSize() > NoticeAttachment.MAX_BYTES) {
      throw tooLarge();
    }
    byte[] bytes;
    try (InputStream in = file.getInputStream()) {
      bytes = in.readNBytes(NoticeAttachment.MAX_BYTES + 1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (bytes.length > NoticeAttachment.MAX_BYTES) {
      throw tooLarge();
    }
    String name = Objects.requireNonNullElse(file.getOriginalFilename(), "");
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
    return new NoticeAttachment(new ScreenedText(screener.screen(name)), bytes);
  }

  private static NoticeRuleViolation tooLarge() {
    return new NoticeRuleViolation(
        "attachment", "notice.error.attachment.tooLarge", NoticeAttachment.MAX_BYTES >> 20);
  }
}
