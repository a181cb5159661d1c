package se.trygghetsdialog.evaluation;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import se.trygghetsdialog.dialogue.Dialogue;
import se.trygghetsdialog.dialogue.DialogueId;
import se.trygghetsdialog.dialogue.Dialogues;
import se.trygghetsdialog.dialogue.PreparationHint;
import se.trygghetsdialog.dialogue.PreparationHints;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * Reads evaluations and lessons for the staff pages and a later report, and offers the lessons of
 * the municipality's other dialogues to a dialogue's preparation: lessons whose tags occur in the
 * dialogue's title, summary or target groups first, then the newest.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Evaluations implements PreparationHints {

  private static final int CANDIDATES = 200;

  private final EvaluationRepository evaluations;
  private final Dialogues dialogues;

  /** The assessment of each aspect evaluated so far. */
  public Map<EvaluationAspect, Assessment> of(MunicipalityId municipality, DialogueId dialogue) {
    return evaluations.assessments(municipality, dialogue).stream()
        .collect(Collectors.toMap(Assessment::aspect, Function.identity()));
  }

  /** The lessons a dialogue's team recorded, newest first. */
  public List<Lesson> lessons(MunicipalityId municipality, DialogueId dialogue) {
    return evaluations.lessonsOf(municipality, dialogue);
  }

  @Override
  public List<PreparationHint> forPreparing(MunicipalityId municipality, DialogueId dialogue) {
    Optional<Dialogue> preparing = dialogues.find(municipality, dialogue);
    if (preparing.isEmpty()) {
      return List.of();
    }
    Dialogue d = preparing.get();
    String about =
        (d.title() + " " + d.summary() + " " + d.charter().targetGroups()).toLowerCase(Locale.ROOT);
    List<Lesson> lessons = evaluations.lessonsBesides(municipality, dialogue, CANDIDATES);
    Map<DialogueId, String> titles =
        lessons.stream()
            .map(Lesson::dialogueId)
            .distinct()
            .collect(
                Collectors.toMap(
                    Function.identity(),
                    id -> dialogues.find(municipality, id).map(Dialogue::title).orElse("")));
    return lessons.stream()
        .sorted(
            Comparator.comparingLong(
                    (Lesson l) -> l.tags().stream().filter(about::contains).count())
                .reversed())
        .limit(EvaluationPolicy.HINTS)
        .map(l -> new PreparationHint(l.text(), titles.get(l.dialogueId()), l.tags()))
        .toList();
  }
}
