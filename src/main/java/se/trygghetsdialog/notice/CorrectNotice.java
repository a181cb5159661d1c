package se.trygghetsdialog.notice;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.OffsetDateTime;
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
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.NotFoundException;
import se.trygghetsdialog.shared.StaleForm;

/**
 * Staff correct a posted notice. It is never edited silently: the wording it had is kept as an
 * earlier version that the public notice page lists, and the notice says when it was corrected. The
 * kind and the posting date stay as posted; a notice already taken down is not corrected.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CorrectNotice {

  /**
   * The correction form, bound and validated by Spring MVC.
   *
   * @param version the notice's version the form was based on
   * @param checked the staff member confirms having checked a text screening flagged
   */
  @NoPersonalData(text = "title", unlessConfirmedBy = "checked", message = "{notice.error.flagged}")
  @NoPersonalData(text = "text", unlessConfirmedBy = "checked", message = "{notice.error.flagged}")
  public record Command(
      @Nullable Integer version,
      @NotNull(message = "{notice.error.title.required}") ScreenedText title,
      @NotNull(message = "{notice.error.text.required}") ScreenedText text,
      @Nullable @DateTimeFormat(iso = ISO.DATE) LocalDate meetingDate,
      @Nullable @DateTimeFormat(iso = ISO.DATE) LocalDate adjustedOn,
      @Nullable String protocolLocation,
      @NotNull(message = "{notice.error.removedOn.required}") @DateTimeFormat(iso = ISO.DATE)
          LocalDate removedOn,
      @Nullable Boolean checked) {

    /** What screening found in the title and the text. */
    public Set<PersonalDataKind> flags() {
      return PostNotice.found(title, text);
    }
  }

  private final NoticeRepository notices;
  private final ApplicationEventPublisher events;

  /**
   * @throws NoticeRuleViolation if the notice has been taken down, a text is too long or a date
   *     breaks a rule
   * @throws StaleForm if the notice changed since the form was shown
   */
  @Transactional
  public void correct(MunicipalityId municipality, UUID id, Command command, StaffPrincipal actor) {
    Notice notice =
        notices.find(municipality, id).orElseThrow(() -> new NotFoundException("notice"));
    LocalDate today = NoticePolicy.today();
    if (notice.removed(today)) {
      throw new NoticeRuleViolation("title", "notice.error.correct.removed");
    }
    if (command.version() == null || command.version() != notice.version()) {
      throw new StaleForm("title", "notice.error.stale");
    }
    if (command.removedOn().isBefore(today)) {
      throw new NoticeRuleViolation("removedOn", "notice.error.removedOn.past");
    }
    Notice corrected =
        new Notice(
            notice.id(),
            municipality,
            notice.kind(),
            command.title().text(),
            command.text().text(),
            command.meetingDate(),
            command.adjustedOn(),
            command.protocolLocation() == null ? "" : command.protocolLocation().strip(),
            notice.postedOn(),
            command.removedOn(),
            notice.sourceReference(),
            command.flags(),
            notice.held(),
            notice.attachmentName(),
            notice.correctedAt(),
            notice.createdAt(),
            notice.version());
    NoticePolicy.check(
        corrected.kind(),
        corrected.title(),
        corrected.text(),
        corrected.meetingDate(),
        corrected.adjustedOn(),
        corrected.protocolLocation(),
        corrected.postedOn(),
        corrected.removedOn());
    if (!notices.correct(corrected, notice.version(), OffsetDateTime.now(), actor.accountId())) {
      throw new StaleForm("title", "notice.error.stale");
    }
    events.publishEvent(
        new NoticeChanged(municipality, id, actor.accountId(), NoticeChanged.Change.CORRECTED));
  }
}
