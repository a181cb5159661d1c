package se.trygghetsdialog.field;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.moderation.PersonalDataScreener;
import se.trygghetsdialog.moderation.TextCheck;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * The trygghetssamordnare's rumour log (R38): records a rumour seen, writes the official
 * clarification and publishes or unpublishes it. Every text is screened for personal data and
 * refused if some is found — a rumour is recorded without the names it may carry. Every change is
 * audited through {@link RumourChanged}.
 */
@Service
public class RumourLog {

  /** What the coordinator typed, already trimmed. */
  public record Input(
      String content,
      RumourChannel channel,
      OffsetDateTime seenAt,
      @Nullable UUID areaId,
      String clarification,
      String publicSummary) {}

  private final RumourRepository repository;
  private final PersonalDataScreener screener;
  private final ApplicationEventPublisher events;

  RumourLog(
      RumourRepository repository,
      PersonalDataScreener screener,
      ApplicationEventPublisher events) {
    this.repository = repository;
    this.screener = screener;
    this.events = events;
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
    var existing = repository.byCreationToken(municipality, creationToken);
    if (existing.isPresent()) {
      return existing.get();
    }
    check(input);
    UUID id = UUID.randomUUID();
    if (!repository.insert(municipality, id, creationToken, actor, input)) {
      // Another submit of the same form won the race.
      return repository.byCreationToken(municipality, creationToken).orElseThrow();
    }
    events.publishEvent(new RumourChanged(municipality, id, actor, RumourChanged.Change.RECORDED));
    return id;
  }

  /** Someone else changed the rumour after the form was opened; nothing was saved. */
  public static final class ChangedMeanwhile extends RuntimeException {
    private final transient Rumour current;

    ChangedMeanwhile(Rumour current) {
      super("rumour changed since the form was opened", null, false, false);
      this.current = current;
    }

    /** The rumour as it is now. */
    public Rumour current() {
      return current;
    }
  }

  /**
   * @param version the version the edit form was opened at
   * @throws ChangedMeanwhile if the rumour is no longer at {@code version} (nothing saved)
   * @throws FieldRuleViolation naming the field of the first rule the input breaks
   */
  @Transactional
  public void edit(MunicipalityId municipality, UUID actor, UUID id, int version, Input input) {
    Rumour existing = require(municipality, id);
    if (existing.version() != version) {
      throw new ChangedMeanwhile(existing);
    }
    check(input);
    if (existing.published() && input.clarification().isEmpty()) {
      throw new FieldRuleViolation("clarification", "field.rumour.error.clarification.required");
    }
    if (repository.update(municipality, id, version, input) == 0) {
      throw new ChangedMeanwhile(require(municipality, id));
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

  private Rumour require(MunicipalityId municipality, UUID id) {
    return repository
        .find(municipality, id)
        .orElseThrow(() -> new FieldRuleViolation("", "field.rumour.error.notFound"));
  }

  private void check(Input input) {
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
    if (input.seenAt().toInstant().isAfter(Instant.now().plus(FieldPolicy.FUTURE_TOLERANCE))) {
      throw new FieldRuleViolation("seenDate", "field.rumour.error.seen.future");
    }
  }
}
