package se.trygghetsdialog.moderation.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;
import se.trygghetsdialog.moderation.PersonalDataScreener;
import se.trygghetsdialog.moderation.ScreenedText;

/**
 * Binds a free-text form field to a {@link ScreenedText}: the text is stripped, its line breaks
 * made {@code \n}, and screened once, here. Spring MVC applies it to every command component of
 * that type. A blank field binds to null, so that {@code @NotNull} reports it as missing.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ScreenedTextConverter implements Converter<String, ScreenedText> {

  private final PersonalDataScreener screener;

  @Override
  public ScreenedText convert(String source) {
    String text = source.replace("\r\n", "\n").strip();
    return text.isEmpty() ? null : new ScreenedText(screener.screen(text));
  }
}
