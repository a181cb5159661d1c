package se.trygghetsdialog.survey;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.dialogue.DialogueId;
import se.trygghetsdialog.dialogue.Dialogues;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.NotFoundException;

/**
 * Staff build a survey: create it (with the shipped items if they like), add, edit, archive and
 * delete questions, and open rounds. A question edited after it has answers becomes a new version
 * with the same code; an answered question is archived, never deleted.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class BuildSurvey {

  /** The most options of a question. */
  public static final int MAX_OPTIONS = 30;

  /** A new survey. */
  public record Create(
      @NotBlank(message = "{survey.error.title.required}")
          @Size(max = 200, message = "{survey.error.title.tooLong}")
          String title,
      @Nullable @Size(max = 2000, message = "{survey.error.intro.tooLong}") String intro,
      @Nullable Boolean withBank) {}

  /** A question as staff write it. */
  public record QuestionInput(
      @NotNull(message = "{survey.error.kind.required}") QuestionKind kind,
      @NotBlank(message = "{survey.error.text.required}")
          @Size(max = 500, message = "{survey.error.text.tooLong}")
          String text,
      @Nullable @Size(max = 4000, message = "{survey.error.options.tooMany}") String options,
      @NotNull(message = "{survey.error.page.range}")
          @Min(value = 1, message = "{survey.error.page.range}")
          @Max(value = 30, message = "{survey.error.page.range}")
          Integer page,
      @Nullable Integer min,
      @Nullable Integer max,
      @Nullable @Size(max = 100) String conditionCode,
      @Nullable @Size(max = 100) String conditionValue) {}

  /**
   * A new round.
   *
   * @param dialogue the dialogue whose perspectives the round's results count towards, if any
   */
  public record RoundInput(
      @NotBlank(message = "{survey.error.title.required}")
          @Size(max = 200, message = "{survey.error.title.tooLong}")
          String title,
      @NotNull(message = "{survey.error.opens.required}")
          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate opens,
      @NotNull(message = "{survey.error.closes.required}")
          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate closes,
      @Nullable Boolean openLink,
      @Nullable UUID dialogue) {}

  /** The dialogue a round's results count towards; none unties it. */
  public record DialogueTie(@Nullable UUID dialogue) {}

  private final SurveyRepository repository;
  private final Dialogues dialogues;
  private final ApplicationEventPublisher events;

  @Transactional
  public UUID create(MunicipalityId m, Create command, StaffPrincipal staff) {
    UUID id = UUID.randomUUID();
    String intro = command.intro() == null ? "" : command.intro().strip();
    repository.insert(m, new Survey(id, m, command.title().strip(), intro, OffsetDateTime.now()));
    if (Boolean.TRUE.equals(command.withBank())) {
      for (QuestionBank.Item item : QuestionBank.ITEMS) {
        addItem(m, id, item);
      }
    }
    events.publishEvent(new SurveyChanged(m, id, staff.accountId(), SurveyChanged.CREATED));
    return id;
  }

  /** Adds a shipped item to a survey that does not have it yet. */
  @Transactional
  public UUID addFromBank(MunicipalityId m, UUID survey, String code, StaffPrincipal staff) {
    QuestionBank.Item item =
        QuestionBank.item(code)
            .orElseThrow(() -> new SurveyRuleViolation("code", "survey.error.bank.unknown"));
    survey(m, survey);
    if (repository.questions(m, survey).stream().anyMatch(q -> q.code().equals(code))) {
      throw new SurveyRuleViolation("code", "survey.error.bank.present");
    }
    UUID id = addItem(m, survey, item);
    events.publishEvent(
        new SurveyChanged(m, id, staff.accountId(), SurveyChanged.QUESTION_CHANGED));
    return id;
  }

  private UUID addItem(MunicipalityId m, UUID survey, QuestionBank.Item item) {
    UUID id = UUID.randomUUID();
    repository.insert(
        m,
        new Question(
            id,
            survey,
            item.code(),
            1,
            true,
            false,
            item.page(),
            nextPosition(m, survey),
            item.kind(),
            item.text(),
            item.options(),
            null,
            null,
            "",
            "",
            item.kind() == QuestionKind.MAP && item.code().equals(QuestionBank.UNSAFE_PLACE)));
    return id;
  }

  private int nextPosition(MunicipalityId m, UUID survey) {
    return repository.questions(m, survey).stream().mapToInt(Question::position).max().orElse(0)
        + 1;
  }

  /** Adds a question of the survey's own. */
  @Transactional
  public UUID addQuestion(
      MunicipalityId m, UUID survey, QuestionInput input, StaffPrincipal staff) {
    survey(m, survey);
    String code = "q-" + UUID.randomUUID().toString().substring(0, 8);
    Question question =
        checked(m, survey, code, input, 1, nextPosition(m, survey), UUID.randomUUID());
    repository.insert(m, question);
    events.publishEvent(
        new SurveyChanged(m, question.id(), staff.accountId(), SurveyChanged.QUESTION_CHANGED));
    return question.id();
  }

  /**
   * Edits the current version of a question: in place while it has no answers, as a new version
   * (same code, new id) once it has.
   *
   * @return the id of the version now current
   */
  @Transactional
  public UUID editQuestion(
      MunicipalityId m, UUID questionId, QuestionInput input, StaffPrincipal staff) {
    Question old = question(m, questionId);
    if (!old.current()) {
      throw new SurveyRuleViolation("text", "survey.error.question.notCurrent");
    }
    UUID id;
    if (repository.answered(m, old)) {
      repository.supersede(m, old.id());
      Question next =
          keepingMark(
              old,
              checked(
                  m,
                  old.surveyId(),
                  old.code(),
                  input,
                  old.version() + 1,
                  old.position(),
                  UUID.randomUUID()));
      repository.insert(m, next);
      // The translations come along; those of a changed Swedish wording are no longer shown.
      repository.copyTranslations(m, old.id(), next.id());
      id = next.id();
    } else {
      repository.update(
          m,
          keepingMark(
              old,
              checked(
                  m, old.surveyId(), old.code(), input, old.version(), old.position(), old.id())));
      id = old.id();
    }
    events.publishEvent(
        new SurveyChanged(m, id, staff.accountId(), SurveyChanged.QUESTION_CHANGED));
    return id;
  }

  /**
   * The edited question, still marked as asking for unsafe places if it was and is a map question.
   */
  private static Question keepingMark(Question old, Question edited) {
    boolean unsafe = old.unsafePlace() && edited.kind() == QuestionKind.MAP;
    return new Question(
        edited.id(),
        edited.surveyId(),
        edited.code(),
        edited.version(),
        edited.current(),
        edited.archived(),
        edited.page(),
        edited.position(),
        edited.kind(),
        edited.text(),
        edited.options(),
        edited.min(),
        edited.max(),
        edited.conditionCode(),
        edited.conditionValue(),
        unsafe);
  }

  /**
   * Marks a map question as asking for places where residents feel unsafe, or takes the mark away:
   * the answers of its closed rounds count on the public heat grid while it is marked. The wording
   * stays, so no new version is made.
   *
   * @throws SurveyRuleViolation for a question that is not a map question
   */
  @Transactional
  public void markUnsafePlace(
      MunicipalityId m, UUID questionId, boolean unsafe, StaffPrincipal staff) {
    Question question = question(m, questionId);
    if (question.kind() != QuestionKind.MAP) {
      throw new SurveyRuleViolation("question", "survey.error.unsafePlace.notMap");
    }
    repository.markUnsafePlace(m, question.id(), unsafe);
    events.publishEvent(
        new SurveyChanged(m, question.id(), staff.accountId(), SurveyChanged.QUESTION_CHANGED));
  }

  /** Archives a question (no longer asked, answers kept) or takes it back. */
  @Transactional
  public void archive(MunicipalityId m, UUID questionId, boolean archived, StaffPrincipal staff) {
    Question question = question(m, questionId);
    repository.archive(m, question.id(), archived);
    events.publishEvent(
        new SurveyChanged(m, question.id(), staff.accountId(), SurveyChanged.QUESTION_CHANGED));
  }

  /**
   * Deletes a question that has no answers.
   *
   * @throws SurveyRuleViolation when it has answers: archive it instead
   */
  @Transactional
  public void delete(MunicipalityId m, UUID questionId, StaffPrincipal staff) {
    Question question = question(m, questionId);
    if (!question.current() || repository.answered(m, question)) {
      throw new SurveyRuleViolation("question", "survey.error.question.answered");
    }
    repository.delete(m, question.id());
    events.publishEvent(
        new SurveyChanged(m, question.id(), staff.accountId(), SurveyChanged.QUESTION_CHANGED));
  }

  @Transactional
  public UUID createRound(MunicipalityId m, UUID survey, RoundInput input, StaffPrincipal staff) {
    survey(m, survey);
    if (input.closes().isBefore(input.opens())) {
      throw new SurveyRuleViolation("closes", "survey.error.closes.beforeOpens");
    }
    UUID id = UUID.randomUUID();
    repository.insert(
        m,
        new SurveyRound(
            id,
            survey,
            input.title().strip(),
            input.opens(),
            input.closes(),
            Boolean.TRUE.equals(input.openLink()),
            knownDialogue(m, input.dialogue())));
    events.publishEvent(new SurveyChanged(m, id, staff.accountId(), SurveyChanged.ROUND_CREATED));
    return id;
  }

  /**
   * Ties a round to a dialogue (its results then count as the dialogue's perspectives once it has
   * closed), to another one, or to none.
   *
   * @throws SurveyRuleViolation when the dialogue is not the municipality's
   */
  @Transactional
  public void tieToDialogue(MunicipalityId m, UUID roundId, DialogueTie tie, StaffPrincipal staff) {
    SurveyRound round =
        repository.round(m, roundId).orElseThrow(() -> new NotFoundException("round"));
    UUID dialogue = knownDialogue(m, tie.dialogue());
    if (java.util.Objects.equals(dialogue, round.dialogueId())) {
      return;
    }
    repository.tieToDialogue(m, round.id(), dialogue);
    events.publishEvent(
        new SurveyChanged(m, round.id(), staff.accountId(), SurveyChanged.ROUND_DIALOGUE_CHANGED));
  }

  private @Nullable UUID knownDialogue(MunicipalityId m, @Nullable UUID dialogue) {
    if (dialogue == null) {
      return null;
    }
    if (dialogues.find(m, new DialogueId(dialogue)).isEmpty()) {
      throw new SurveyRuleViolation("dialogue", "survey.error.dialogue.unknown");
    }
    return dialogue;
  }

  private Survey survey(MunicipalityId m, UUID id) {
    return repository.survey(m, id).orElseThrow(() -> new NotFoundException("survey"));
  }

  private Question question(MunicipalityId m, UUID id) {
    return repository.question(m, id).orElseThrow(() -> new NotFoundException("question"));
  }

  /** The question the input describes, checked against the rules of its kind and condition. */
  private Question checked(
      MunicipalityId m,
      UUID survey,
      String code,
      QuestionInput input,
      int version,
      int position,
      UUID id) {
    QuestionKind kind = input.kind();
    List<SurveyOption> options = List.of();
    if (kind.hasOptions()) {
      options = SurveyOption.parse(input.options() == null ? "" : input.options());
      if (options.size() < 2) {
        throw new SurveyRuleViolation("options", "survey.error.options.tooFew");
      }
      if (options.size() > MAX_OPTIONS) {
        throw new SurveyRuleViolation("options", "survey.error.options.tooMany");
      }
      Set<String> values = new HashSet<>();
      for (SurveyOption option : options) {
        if (option.value().isEmpty() || !values.add(option.value())) {
          throw new SurveyRuleViolation("options", "survey.error.options.duplicate");
        }
      }
    }
    Integer min = kind == QuestionKind.NUMBER ? input.min() : null;
    Integer max = kind == QuestionKind.NUMBER ? input.max() : null;
    if (min != null && max != null && min > max) {
      throw new SurveyRuleViolation("max", "survey.error.max.belowMin");
    }
    String conditionCode = input.conditionCode() == null ? "" : input.conditionCode().strip();
    String conditionValue = input.conditionValue() == null ? "" : input.conditionValue().strip();
    if (!conditionCode.isEmpty()) {
      Question on =
          repository.questions(m, survey).stream()
              .filter(q -> q.asked() && q.code().equals(conditionCode))
              .findFirst()
              .orElseThrow(
                  () -> new SurveyRuleViolation("conditionCode", "survey.error.condition.unknown"));
      if (on.page() >= input.page() || on.code().equals(code)) {
        throw new SurveyRuleViolation("conditionCode", "survey.error.condition.laterPage");
      }
      if (!on.offers(conditionValue)) {
        throw new SurveyRuleViolation("conditionValue", "survey.error.condition.value");
      }
    } else {
      conditionValue = "";
    }
    return new Question(
        id,
        survey,
        code,
        version,
        true,
        false,
        input.page(),
        position,
        kind,
        input.text().strip(),
        options,
        min,
        max,
        conditionCode,
        conditionValue);
  }
}
