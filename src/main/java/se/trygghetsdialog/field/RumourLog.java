package se.trygghetsdialog.field;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.moderation.NoPersonalData;
import se.trygghetsdialog.moderation.PersonalDataScreener;
import se.trygghetsdialog.moderation.ScreenedText;
import se.trygghetsdialog.moderation.TextCheck;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.StaleForm;
import se.trygghetsdialog.tenancy.Areas;

/**
 * The trygghetssamordnare's rumour log (R38): records a rumour seen, writes the official
 * clarification and publishes or unpublishes it. Every text is screened for personal data and
 * refused if some is found — a rumour is recorded without the names it may carry. Every change is
 * audited through {@link RumourChanged}.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class RumourLog {

  /** What the coordinator typed, already trimmed. */
  public record Input(
      String content,
      RumourChannel channel,
      OffsetDateTime seenAt,
      @Nullable UUID areaId,
      String clarification,
      String publicSummary) {}

  /**
   * The rumour form as bound by Spring MVC: the texts were screened once when bound and a flagged
   * one is refused by its constraint; lengths, the area and the time are checked by the action.
   *
   * @param seenTime noon when not given
   * @param token one per new-rumour form; a repeated submit records nothing new
   */
  public record Command(
      @NotNull(message = "{field.rumour.error.content.required}")
          @NoPersonalData(message = "{field.rumour.error.personalData}")
          ScreenedText content,
      @NotNull(message = "{field.rumour.error.channel}") RumourChannel channel,
      @NotNull(message = "{field.rumour.error.seen}") @DateTimeFormat(iso = ISO.DATE)
          LocalDate seenDate,
      @Nullable LocalTime seenTime,
      @Nullable UUID areaId,
      @Nullable @NoPersonalData(message = "{field.rumour.error.personalData}")
          ScreenedText clarification,
      @Nullable @NoPersonalData(message = "{field.rumour.error.personalData}")
          ScreenedText publicSummary,
      @Nullable UUID token) {

    Input input() {
      return new Input(
          content.text(),
          channel,
          seenDate
              .atTime(seenTime == null ? LocalTime.NOON : seenTime)
              .atZone(FieldPolicy.ZONE)
              .toOffsetDateTime(),
          areaId,
          clarification == null ? "" : clarification.text(),
          publicSummary == null ? "" : publicSummary.text());
    }
  }

  private final RumourRepository repository;
  private final PersonalDataScreener screener;
  private final Areas areas;
  private final ApplicationEventPublisher events;

  /**
   * The rumour form: its texts were screened when the form was bound.
   *
   * @return the new rumour, or the one this form already recorded
   * @throws FieldRuleViolation naming the field of the first rule the command breaks
   */
  @Transactional
  public UUID record(MunicipalityId municipality, UUID actor, Command command) {
    UUID token = command.token() == null ? UUID.randomUUID() : command.token();
    return store(municipality, actor, token, checked(municipality, command));
  }

  /**
   * The edit form: its texts were screened when the form was bound.
   *
   * @throws StaleForm if the rumour is no longer at {@code version} (nothing saved)
   * @throws FieldRuleViolation naming the field of the first rule the command breaks
   */
  @Transactional
  public void edit(MunicipalityId municipality, UUID actor, UUID id, int version, Command command) {
    Rumour existing = require(municipality, id);
    if (existing.version() != version) {
      throw changedMeanwhile();
    }
    update(municipality, actor, existing, checked(municipality, command));
  }

  private Input checked(MunicipalityId municipality, Command command) {
    if (command.areaId() != null && areas.find(municipality, command.areaId()).isEmpty()) {
      throw new FieldRuleViolation("areaId", "field.rumour.error.area");
    }
    Input input = command.input();
    check(input, false);
    return input;
  }

  /**
   * @throws FieldRuleViolation naming the field of the first rule the input breaks
   */
  @Transactional
  public UUID record(MunicipalityId municipality, UUID actor, Input input) {
    return record(municipality, actor, UUID.randomUUID(), input);
  }

  /**
   * @param creationToken one per form; a repeated submit with the same token records nothing new
   * @return the new rumour, or the one this form already recorded
   * @throws FieldRuleViolation naming the field of the first rule the input breaks
   */
  @Transactional
  public UUID record(MunicipalityId municipality, UUID actor, UUID creationToken, Input input) {
    check(input, true);
    return store(municipality, actor, creationToken, input);
  }

  private UUID store(MunicipalityId municipality, UUID actor, UUID creationToken, Input input) {
    var existing = repository.byCreationToken(municipality, creationToken);
    if (existing.isPresent()) {
      return existing.get();
    }
    UUID id = UUID.randomUUID();
    if (!repository.insert(municipality, id, creationToken, actor, input)) {
      // Another submit of the same form won the race.
      return repository.byCreationToken(municipality, creationToken).orElseThrow();
    }
    events.publishEvent(new RumourChanged(municipality, id, actor, RumourChanged.Change.RECORDED));
    return id;
  }

  /** Someone else changed the rumour after the form was opened; nothing was saved. */
  private static StaleForm changedMeanwhile() {
    return new StaleForm("", "field.rumour.error.stale");
  }

  /**
   * @param version the version the edit form was opened at
   * @throws StaleForm if the rumour is no longer at {@code version} (nothing saved)
   * @throws FieldRuleViolation naming the field of the first rule the input breaks
   */
  @Transactional
  public void edit(MunicipalityId municipality, UUID actor, UUID id, int version, Input input) {
    Rumour existing = require(municipality, id);
    if (existing.version() != version) {
      throw changedMeanwhile();
    }
    check(input, true);
    update(municipality, actor, existing, input);
  }

  private void update(MunicipalityId municipality, UUID actor, Rumour existing, Input input) {
    UUID id = existing.id();
    int version = existing.version();
    if (existing.published() && input.clarification().isEmpty()) {
      throw new FieldRuleViolation("clarification", "field.rumour.error.clarification.required");
    }
    if (repository.update(municipality, id, version, input) == 0) {
      throw changedMeanwhile();
    }
    events.publishEvent(new RumourChanged(municipality, id, actor, RumourChanged.Change.EDITED));
  }

  @Transactional
  public void publish(MunicipalityId municipality, UUID actor, UUID id) {
    Rumour rumour = require(municipality, id);
    if (rumour.clarification().isBlank()) {
      throw new FieldRuleViolation("clarification", "field.rumour.error.clarification.required");
    }
    if (!rumour.published()) {
      repository.setPublished(municipality, id, OffsetDateTime.now());
      events.publishEvent(
          new RumourChanged(municipality, id, actor, RumourChanged.Change.PUBLISHED));
    }
  }

  @Transactional
  public void unpublish(MunicipalityId municipality, UUID actor, UUID id) {
    Rumour rumour = require(municipality, id);
    if (rumour.published()) {
      repository.setPublished(municipality, id, null);
      events.publishEvent(
          new RumourChanged(municipality, id, actor, RumourChanged.Change.UNPUBLISHED));
    }
  }

  public Optional<Rumour> find(MunicipalityId municipality, UUID id) {
    return repository.find(municipality, id);
  }

  /** Every rumour, newest seen first, for the coordinator. */
  public List<Rumour> page(MunicipalityId municipality, int limit, int offset) {
    return repository.page(municipality, false, limit, offset);
  }

  public int count(MunicipalityId municipality) {
    return repository.count(municipality, false);
  }

  /** Published clarifications, newest published first, for the public page. */
  public List<Rumour> published(MunicipalityId municipality, int limit, int offset) {
    return repository.page(municipality, true, limit, offset);
  }

  public int countPublished(MunicipalityId municipality) {
    return repository.count(municipality, true);
  }

  private static void tooLong(String field, String text, int max) {
    if (text.length() > max) {
      throw new FieldRuleViolation(field, "field.rumour.error.tooLong");
    }
  }

  private Rumour require(MunicipalityId municipality, UUID id) {
    return repository
        .find(municipality, id)
        .orElseThrow(() -> new FieldRuleViolation("", "field.rumour.error.notFound"));
  }

  /**
   * The texts and the time; {@code screen}: the texts were not screened yet (a form's texts were
   * screened and refused when it was bound).
   */
  private void check(Input input, boolean screen) {
    if (screen) {
      new TextCheck(screener, "field.rumour.error.tooLong", "field.rumour.error.personalData")
          .required("content", input.content(), "field.rumour.error.content.required")
          .text("content", input.content(), FieldPolicy.MAX_TEXT)
          .text("clarification", input.clarification(), FieldPolicy.MAX_TEXT)
          .text("publicSummary", input.publicSummary(), FieldPolicy.MAX_SUMMARY)
          .first()
          .ifPresent(
              p -> {
                throw new FieldRuleViolation(p.field(), p.messageKey());
              });
    }
    tooLong("content", input.content(), FieldPolicy.MAX_TEXT);
    tooLong("clarification", input.clarification(), FieldPolicy.MAX_TEXT);
    tooLong("publicSummary", input.publicSummary(), FieldPolicy.MAX_SUMMARY);
    if (input.seenAt().toInstant().isAfter(Instant.now().plus(FieldPolicy.FUTURE_TOLERANCE))) {
      throw new FieldRuleViolation("seenDate", "field.rumour.error.seen.future");
    }
  }
}
