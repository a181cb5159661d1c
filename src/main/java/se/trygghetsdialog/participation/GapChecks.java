package se.trygghetsdialog.participation;

import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.dialogue.Dialogue;
import se.trygghetsdialog.dialogue.DialogueId;
import se.trygghetsdialog.dialogue.Dialogues;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.moderation.NoPersonalData;
import se.trygghetsdialog.moderation.ScreenedText;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.NotFoundException;

/**
 * The gap check, har vi missat någon: the dialogue's team records what the participation figures
 * show, which groups are missing and what it will do. A dialogue cannot leave step 2 without one
 * ({@link GapCheckPrerequisite}).
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class GapChecks {

  /** The longest text of each part. */
  public static final int MAX_TEXT = 4000;

  /**
   * The gap check form as bound by Spring MVC: each text screened once when bound; a text with
   * personal data is refused (counts and groups only, never a person).
   */
  public record Command(
      @NotNull(message = "{participation.error.check.findings}")
          @NoPersonalData(message = "{participation.error.check.personalData}")
          ScreenedText findings,
      @NotNull(message = "{participation.error.check.missingGroups}")
          @NoPersonalData(message = "{participation.error.check.personalData}")
          ScreenedText missingGroups,
      @NotNull(message = "{participation.error.check.actions}")
          @NoPersonalData(message = "{participation.error.check.personalData}")
          ScreenedText actions) {}

  private final ParticipationRepository repository;
  private final Dialogues dialogues;
  private final ApplicationEventPublisher events;

  /** The recorded checks of a dialogue, newest first. */
  @Transactional(readOnly = true)
  public List<GapCheck> of(MunicipalityId municipality, DialogueId dialogue) {
    return repository.checks(municipality, dialogue);
  }

  /** The newest recorded check of a dialogue. */
  @Transactional(readOnly = true)
  public Optional<GapCheck> latest(MunicipalityId municipality, DialogueId dialogue) {
    return of(municipality, dialogue).stream().findFirst();
  }

  @Transactional(readOnly = true)
  public boolean recorded(MunicipalityId municipality, DialogueId dialogue) {
    return repository.hasCheck(municipality, dialogue);
  }

  /**
   * Records a check by a staff member allowed to ({@link ParticipationPolicy#mayRecordCheck}).
   *
   * @throws ParticipationRuleViolation on a text that is too long
   * @throws org.springframework.security.access.AccessDeniedException if the staff member is not in
   *     the dialogue's team
   */
  @Transactional
  public GapCheck record(
      MunicipalityId municipality, DialogueId dialogue, Command command, StaffPrincipal staff) {
    Dialogue found =
        dialogues.find(municipality, dialogue).orElseThrow(() -> new NotFoundException("dialogue"));
    if (!ParticipationPolicy.mayRecordCheck(staff, dialogues.team(municipality, found.id()))) {
      throw new org.springframework.security.access.AccessDeniedException(
          "may not record the gap check");
    }
    check("findings", command.findings());
    check("missingGroups", command.missingGroups());
    check("actions", command.actions());
    GapCheck check =
        new GapCheck(
            command.findings().text(),
            command.missingGroups().text(),
            command.actions().text(),
            OffsetDateTime.now(),
            staff.accountId(),
            staff.displayName());
    repository.insertCheck(municipality, dialogue, check);
    events.publishEvent(
        new GapCheckRecorded(municipality, dialogue, check.recordedAt(), staff.accountId()));
    return check;
  }

  private static void check(String field, ScreenedText text) {
    if (text.text().length() > MAX_TEXT) {
      throw new ParticipationRuleViolation(field, "participation.error.check.tooLong", MAX_TEXT);
    }
  }
}
