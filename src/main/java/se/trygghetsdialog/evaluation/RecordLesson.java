package se.trygghetsdialog.evaluation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.dialogue.Dialogue;
import se.trygghetsdialog.dialogue.DialogueStep;
import se.trygghetsdialog.moderation.NoPersonalData;
import se.trygghetsdialog.moderation.ScreenedText;

/**
 * The team adds a lesson learned to the municipality's library: the lesson (screened once; refused
 * with personal data, as other dialogues' teams read it), the step it concerns and a few tags.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class RecordLesson {

  /**
   * @param tags separated by commas
   */
  public record Command(
      @NotNull(message = "{evaluation.error.lesson.required}")
          @NoPersonalData(message = "{evaluation.error.personalData}")
          ScreenedText lesson,
      @NotNull(message = "{evaluation.error.step}") DialogueStep step,
      @Nullable @Size(max = 500, message = "{evaluation.error.tags}") String tags) {}

  private final EvaluationRepository evaluations;
  private final ApplicationEventPublisher events;

  /**
   * @throws EvaluationRuleViolation on a lesson that is too long or too many or too long tags
   */
  @Transactional
  public UUID record(Dialogue dialogue, UUID actor, Command c) {
    if (c.lesson().text().length() > EvaluationPolicy.MAX_LESSON) {
      throw new EvaluationRuleViolation("lesson", "evaluation.error.tooLong");
    }
    List<String> tags =
        c.tags() == null
            ? List.of()
            : Arrays.stream(c.tags().split(","))
                .map(t -> t.strip().toLowerCase(Locale.ROOT))
                .filter(t -> !t.isEmpty())
                .distinct()
                .toList();
    if (tags.size() > EvaluationPolicy.MAX_TAGS
        || tags.stream().anyMatch(t -> t.length() > EvaluationPolicy.MAX_TAG)) {
      throw new EvaluationRuleViolation("tags", "evaluation.error.tags");
    }
    UUID id = UUID.randomUUID();
    evaluations.insertLesson(
        dialogue.municipalityId(),
        new Lesson(
            id,
            dialogue.id(),
            c.step(),
            c.lesson().text(),
            tags,
            c.lesson().flagged(),
            java.time.OffsetDateTime.now()),
        actor);
    events.publishEvent(
        new EvaluationChanged(
            dialogue.municipalityId(), id, actor, EvaluationChanged.Change.LESSON_RECORDED));
    return id;
  }
}
