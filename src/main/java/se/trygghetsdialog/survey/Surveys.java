package se.trygghetsdialog.survey;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.shared.MunicipalityId;

/** Queries on surveys, their questions and rounds. */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Surveys {

  private final SurveyRepository repository;

  /** A round's codes: how many were made and how many used. */
  public record CodeCounts(int total, int used) {}

  public List<Survey> all(MunicipalityId m) {
    return repository.surveys(m);
  }

  public Optional<Survey> find(MunicipalityId m, UUID id) {
    return repository.survey(m, id);
  }

  /** Every version of every question, in page and position order. */
  public List<Question> questions(MunicipalityId m, UUID survey) {
    return repository.questions(m, survey);
  }

  /** The questions residents are asked now, in page and position order. */
  public List<Question> asked(MunicipalityId m, UUID survey) {
    return repository.questions(m, survey).stream().filter(Question::asked).toList();
  }

  /** The translations of these question versions. */
  public QuestionTranslations translations(MunicipalityId m, Collection<Question> questions) {
    if (questions.isEmpty()) {
      return QuestionTranslations.none();
    }
    return new QuestionTranslations(
        repository.translations(m, questions.stream().map(Question::id).toList()));
  }

  public Optional<Question> question(MunicipalityId m, UUID id) {
    return repository.question(m, id);
  }

  /** Whether the version has answers (and is therefore versioned on edit, never deleted). */
  public boolean answered(MunicipalityId m, Question question) {
    return repository.answered(m, question);
  }

  public List<SurveyRound> rounds(MunicipalityId m, UUID survey) {
    return repository.rounds(m, survey);
  }

  public Optional<SurveyRound> round(MunicipalityId m, UUID id) {
    return repository.round(m, id);
  }

  public int responses(MunicipalityId m, UUID round) {
    return repository.responseCount(m, round);
  }

  public CodeCounts codes(MunicipalityId m, UUID round) {
    int[] counts = repository.invitationCounts(m, round);
    return new CodeCounts(counts[0], counts[1]);
  }
}
