package se.trygghetsdialog.notice;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.moderation.PersonalDataScreener;
import se.trygghetsdialog.moderation.ScreenedText;
import se.trygghetsdialog.shared.MunicipalityId;

/** The notice board's own {@link NoticePublisher}: screens, holds a flagged notice, posts. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class NoticeBoardPublisher implements NoticePublisher {

  static final int MAX_REFERENCE = 100;

  private final PostNotice postNotice;
  private final PersonalDataScreener screener;

  @Override
  @Transactional
  public UUID publish(
      MunicipalityId municipality,
      NoticeKind kind,
      String title,
      String text,
      LocalDate postedOn,
      LocalDate removedOn,
      String sourceReference) {
    if (kind == NoticeKind.PROTOCOL_ADJUSTED) {
      throw new NoticeRuleViolation("kind", "notice.error.kind.protocolByStaff");
    }
    String reference = sourceReference.strip();
    if (reference.length() > MAX_REFERENCE) {
      throw new NoticeRuleViolation("sourceReference", "notice.error.sourceReference.tooLong");
    }
    ScreenedText screenedTitle = new ScreenedText(screener.screen(title.strip()));
    ScreenedText screenedText = new ScreenedText(screener.screen(text.strip()));
    var flags = PostNotice.found(screenedTitle, screenedText);
    return postNotice.post(
        new Notice(
            UUID.randomUUID(),
            municipality,
            kind,
            screenedTitle.text(),
            screenedText.text(),
            null,
            null,
            "",
            postedOn,
            removedOn,
            reference,
            flags,
            !flags.isEmpty(),
            null,
            null,
            OffsetDateTime.now(),
            0),
        null,
        null);
  }
}
