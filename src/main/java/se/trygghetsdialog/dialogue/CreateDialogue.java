package se.trygghetsdialog.dialogue;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
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
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.tenancy.Areas;
import se.trygghetsdialog.tenancy.Organisations;

/**
 * A process leader records the political decision to hold a dialogue, and the dialogue is created
 * in step 1 (Förberedelser) with its creator as process leader in the team.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CreateDialogue {

  /**
   * @param creationToken one per form; a repeated submit with the same token creates nothing new
   */
  public record Input(
      UUID creationToken,
      String title,
      String summary,
      @Nullable UUID areaId,
      TopicOrigin origin,
      String originReference,
      UUID decisionBodyId,
      LocalDate decisionDate,
      String decisionParagraph,
      String decisionRegistrationNumber) {}

  /**
   * What a process leader sends with the decision form, bound and validated by Spring MVC.
   *
   * @param creationToken the form's one-time token; a missing or mangled one is a new form
   */
  public record Command(
      @Nullable String creationToken,
      @NotBlank(message = "{dialogue.error.title.required}")
          @Size(max = MAX_TITLE, message = "{dialogue.error.title.tooLong}")
          String title,
      @NotBlank(message = "{dialogue.error.summary.required}")
          @Size(max = MAX_TEXT, message = "{dialogue.error.summary.tooLong}")
          String summary,
      @Nullable UUID areaId,
      @NotNull(message = "{dialogue.error.origin.required}") TopicOrigin origin,
      @Nullable @Size(max = 100, message = "{dialogue.error.originReference.tooLong}")
          String originReference,
      @NotNull(message = "{dialogue.error.body.required}") UUID decisionBodyId,
      @NotNull(message = "{dialogue.error.decisionDate.required}") @DateTimeFormat(iso = ISO.DATE)
          LocalDate decisionDate,
      @NotBlank(message = "{dialogue.error.paragraph.required}")
          @Size(max = 50, message = "{dialogue.error.paragraph.tooLong}")
          String decisionParagraph,
      @NotBlank(message = "{dialogue.error.registration.required}")
          @Size(max = 50, message = "{dialogue.error.registration.tooLong}")
          String decisionRegistration) {

    Input input() {
      UUID token;
      try {
        token =
            creationToken == null || creationToken.isBlank()
                ? UUID.randomUUID()
                : UUID.fromString(creationToken.strip());
      } catch (IllegalArgumentException e) {
        token = UUID.randomUUID();
      }
      return new Input(
          token,
          title,
          summary,
          areaId,
          origin,
          originReference == null ? "" : originReference,
          decisionBodyId,
          decisionDate,
          decisionParagraph,
          decisionRegistration);
    }
  }

  /** The longest title of a dialogue. */
  public static final int MAX_TITLE = 150;

  /** The longest summary or charter text. */
  public static final int MAX_TEXT = 4000;

  private final DialogueRepository dialogues;
  private final Organisations organisations;
  private final Areas areas;
  private final ApplicationEventPublisher events;

  /**
   * @return the new dialogue's id, or the id of the dialogue this form already created
   * @throws DialogueRuleViolation if the decision or origin is not acceptable
   */
  @Transactional
  public DialogueId create(
      MunicipalityId municipality, Command command, @Nullable StaffPrincipal actor) {
    return create(municipality, command.input(), actor);
  }

  /**
   * @return the new dialogue's id, or the id of the dialogue this form already created
   * @throws DialogueRuleViolation if the decision or origin is not acceptable
   */
  @Transactional
  public DialogueId create(
      MunicipalityId municipality, Input input, @Nullable StaffPrincipal actor) {
    var existing = dialogues.byCreationToken(municipality, input.creationToken());
    if (existing.isPresent()) {
      return existing.get();
    }
    organisations
        .find(municipality, input.decisionBodyId())
        .filter(o -> o.kind().political())
        .orElseThrow(
            () -> new DialogueRuleViolation("decisionBodyId", "dialogue.error.body.invalid"));
    if (input.areaId() != null && areas.find(municipality, input.areaId()).isEmpty()) {
      throw new DialogueRuleViolation("areaId", "dialogue.error.area.invalid");
    }
    if (input.origin() == TopicOrigin.CITIZEN_PROPOSAL && input.originReference().isBlank()) {
      throw new DialogueRuleViolation("originReference", "dialogue.error.originReference.required");
    }
    if (input.decisionDate().isAfter(LocalDate.now().plusDays(1))) {
      throw new DialogueRuleViolation("decisionDate", "dialogue.error.decisionDate.future");
    }
    DialogueId id = new DialogueId(UUID.randomUUID());
    Dialogue dialogue =
        new Dialogue(
            id,
            municipality,
            input.title().strip(),
            input.summary().strip(),
            input.areaId(),
            input.origin(),
            input.originReference().strip(),
            new Decision(
                input.decisionBodyId(),
                input.decisionDate(),
                input.decisionParagraph().strip(),
                input.decisionRegistrationNumber().strip()),
            Charter.empty(),
            DialogueStep.PREPARATION,
            0,
            OffsetDateTime.now());
    UUID actorId = actor == null ? null : actor.accountId();
    dialogues.insert(dialogue, input.creationToken(), actorId);
    if (actorId != null) {
      dialogues.putTeamMember(municipality, id, actorId, TeamRole.PROCESS_LEADER);
    }
    events.publishEvent(new DialogueCreated(municipality, id, dialogue.title(), actorId));
    return id;
  }
}
