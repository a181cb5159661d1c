package se.trygghetsdialog.notice;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.moderation.NoPersonalData;
import se.trygghetsdialog.moderation.PersonalDataKind;
import se.trygghetsdialog.moderation.ScreenedText;
import se.trygghetsdialog.shared.FileKind;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * Staff post a notice on the board. Its texts were screened once when the form was bound; a flagged
 * text is posted only when the staff member confirms having checked it (a notice is an official
 * document and may need a name), and the findings are kept for the staff pages.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class PostNotice {

  /**
   * The staff form, bound and validated by Spring MVC.
   *
   * @param checked the staff member confirms having checked a text screening flagged
   */
  @NoPersonalData(text = "title", unlessConfirmedBy = "checked", message = "{notice.error.flagged}")
  @NoPersonalData(text = "text", unlessConfirmedBy = "checked", message = "{notice.error.flagged}")
  public record Command(
      @NotNull(message = "{notice.error.kind.required}") NoticeKind kind,
      @NotNull(message = "{notice.error.title.required}") ScreenedText title,
      @NotNull(message = "{notice.error.text.required}") ScreenedText text,
      @Nullable @DateTimeFormat(iso = ISO.DATE) LocalDate meetingDate,
      @Nullable @DateTimeFormat(iso = ISO.DATE) LocalDate adjustedOn,
      @Nullable String protocolLocation,
      @NotNull(message = "{notice.error.postedOn.required}") @DateTimeFormat(iso = ISO.DATE)
          LocalDate postedOn,
      @NotNull(message = "{notice.error.removedOn.required}") @DateTimeFormat(iso = ISO.DATE)
          LocalDate removedOn,
      @Nullable NoticeAttachment attachment,
      @Nullable Boolean checked) {

    /** What screening found in the title and the text. */
    public Set<PersonalDataKind> flags() {
      return found(title, text);
    }
  }

  private final NoticeRepository notices;
  private final ApplicationEventPublisher events;

  static Set<PersonalDataKind> found(@Nullable ScreenedText... texts) {
    Set<PersonalDataKind> kinds = EnumSet.noneOf(PersonalDataKind.class);
    for (ScreenedText t : texts) {
      if (t != null) {
        kinds.addAll(t.screening().kinds());
      }
    }
    return kinds;
  }

  /**
   * @return the new notice's id
   * @throws NoticeRuleViolation if a text is too long, a date breaks a rule or the attachment is
   *     not a PDF of at most {@link NoticeAttachment#MAX_BYTES}
   */
  @Transactional
  public UUID post(MunicipalityId municipality, Command command, StaffPrincipal actor) {
    return post(
        new Notice(
            UUID.randomUUID(),
            municipality,
            command.kind(),
            command.title().text(),
            command.text().text(),
            command.meetingDate(),
            command.adjustedOn(),
            command.protocolLocation() == null ? "" : command.protocolLocation().strip(),
            command.postedOn(),
            command.removedOn(),
            "",
            command.flags(),
            false,
            null,
            null,
            OffsetDateTime.now(),
            0),
        command.attachment(),
        actor.accountId());
  }

  /** Posts {@code notice} as it is (a notice another module publishes comes this way). */
  @Transactional
  UUID post(Notice notice, @Nullable NoticeAttachment attachment, @Nullable UUID actor) {
    if (notice.postedOn().isBefore(NoticePolicy.today())) {
      throw new NoticeRuleViolation("postedOn", "notice.error.postedOn.past");
    }
    NoticePolicy.check(
        notice.kind(),
        notice.title(),
        notice.text(),
        notice.meetingDate(),
        notice.adjustedOn(),
        notice.protocolLocation(),
        notice.postedOn(),
        notice.removedOn());
    String fileName = attachment == null ? null : checkAttachment(attachment);
    notices.insert(notice, actor);
    if (attachment != null && fileName != null) {
      notices.insertAttachment(notice.municipalityId(), notice.id(), fileName, attachment.bytes());
    }
    events.publishEvent(
        new NoticeChanged(
            notice.municipalityId(), notice.id(), actor, NoticeChanged.Change.POSTED));
    return notice.id();
  }

  /** The name the PDF is kept under, once it is known to be a PDF of an allowed size. */
  private static String checkAttachment(NoticeAttachment attachment) {
    byte[] bytes = attachment.bytes();
    if (bytes.length == 0) {
      throw new NoticeRuleViolation("attachment", "notice.error.attachment.empty");
    }
    if (bytes.length > NoticeAttachment.MAX_BYTES) {
      throw new NoticeRuleViolation(
          "attachment", "notice.error.attachment.tooLarge", NoticeAttachment.MAX_BYTES >> 20);
    }
    if (FileKind.of(bytes).orElse(null) != FileKind.PDF) {
      throw new NoticeRuleViolation("attachment", "notice.error.attachment.notPdf");
    }
    if (attachment.name().flagged()) {
      throw new NoticeRuleViolation("attachment", "notice.error.attachment.personalData");
    }
    String name = attachment.name().text().replaceAll("[\\p{Cntrl}\\\\/:*?<>|\"]", "_").strip();
    if (name.length() > 150) {
      name = name.substring(name.length() - 150);
    }
    if (!name.toLowerCase(Locale.ROOT).endsWith(".pdf")) {
      name = (name.isEmpty() ? "anslag" : name) + ".pdf";
    }
    return name;
  }
}
