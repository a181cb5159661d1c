package se.trygghetsdialog.evaluation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.dialogue.Dialogue;
import se.trygghetsdialog.moderation.NoPersonalData;
import se.trygghetsdialog.moderation.ScreenedText;

/**
 * The team evaluates its dialogue: for each {@link EvaluationAspect} a score from 1 to 5, its
 * reasoning (screened once; refused with personal data) and, where participants answered, how many
 * did.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class EvaluateDialogue {

  private static final String SCORE = "{evaluation.error.score}";
  private static final String COUNT = "{evaluation.error.answered}";
  private static final String PERSONAL = "{evaluation.error.personalData}";

  /** The evaluation form: a score, a text and a count of answers per aspect. */
  public record Command(
      @NotNull(message = SCORE) @Min(value = 1, message = SCORE) @Max(value = 5, message = SCORE)
          Integer purposeScore,
      @Nullable @NoPersonalData(message = PERSONAL) ScreenedText purposeText,
      @Nullable @Min(value = 0, message = COUNT) Integer purposeAnswered,
      @NotNull(message = SCORE) @Min(value = 1, message = SCORE) @Max(value = 5, message = SCORE)
          Integer formScore,
      @Nullable @NoPersonalData(message = PERSONAL) ScreenedText formText,
      @Nullable @Min(value = 0, message = COUNT) Integer formAnswered,
      @NotNull(message = SCORE) @Min(value = 1, message = SCORE) @Max(value = 5, message = SCORE)
          Integer methodScore,
      @Nullable @NoPersonalData(message = PERSONAL) ScreenedText methodText,
      @Nullable @Min(value = 0, message = COUNT) Integer methodAnswered,
      @NotNull(message = SCORE) @Min(value = 1, message = SCORE) @Max(value = 5, message = SCORE)
          Integer accessibilityScore,
      @Nullable @NoPersonalData(message = PERSONAL) ScreenedText accessibilityText,
      @Nullable @Min(value = 0, message = COUNT) Integer accessibilityAnswered,
      @NotNull(message = SCORE) @Min(value = 1, message = SCORE) @Max(value = 5, message = SCORE)
          Integer representationScore,
      @Nullable @NoPersonalData(message = PERSONAL) ScreenedText representationText,
      @Nullable @Min(value = 0, message = COUNT) Integer representationAnswered) {

    List<Assessment> assessments() {
      return List.of(
          of(EvaluationAspect.PURPOSE, purposeScore, purposeText, purposeAnswered),
          of(EvaluationAspect.FORM, formScore, formText, formAnswered),
          of(EvaluationAspect.METHOD, methodScore, methodText, methodAnswered),
          of(
              EvaluationAspect.ACCESSIBILITY,
              accessibilityScore,
              accessibilityText,
              accessibilityAnswered),
          of(
              EvaluationAspect.REPRESENTATION,
              representationScore,
              representationText,
              representationAnswered));
    }

    private static Assessment of(
        EvaluationAspect aspect,
        Integer score,
        @Nullable ScreenedText text,
        @Nullable Integer answered) {
      return new Assessment(
          aspect, score, text == null ? "" : text.text(), text != null && text.flagged(), answered);
    }
  }

  private final EvaluationRepository evaluations;
  private final ApplicationEventPublisher events;

  /**
   * @throws EvaluationRuleViolation on the text of an aspect that is too long
   */
  @Transactional
  public void evaluate(Dialogue dialogue, UUID actor, Command command) {
    for (Assessment a : command.assessments()) {
      if (a.text().length() > EvaluationPolicy.MAX_TEXT) {
        throw new EvaluationRuleViolation(
            a.aspect().name().toLowerCase(java.util.Locale.ROOT) + "Text",
            "evaluation.error.tooLong");
      }
    }
    for (Assessment a : command.assessments()) {
      evaluations.save(dialogue.municipalityId(), dialogue.id(), a);
    }
    events.publishEvent(
        new EvaluationChanged(
            dialogue.municipalityId(),
            dialogue.id().value(),
            actor,
            EvaluationChanged.Change.ASSESSED));
  }
}
