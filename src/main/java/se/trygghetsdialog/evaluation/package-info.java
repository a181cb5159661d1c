/**
 * Evaluation (SKR step 7): the dialogue team's evaluation of a dialogue's purpose, form, method,
 * accessibility and representation (each a score, a text and, where participants answered, how
 * many), and the municipality's lessons-learned library (lesson, step, tags; screened for personal
 * data), which the next dialogue's preparation page shows through the dialogue module's {@link
 * se.trygghetsdialog.dialogue.PreparationHints}.
 *
 * <p>API: {@link se.trygghetsdialog.evaluation.Evaluations} (queries returning records), the
 * actions {@link se.trygghetsdialog.evaluation.EvaluateDialogue} and {@link
 * se.trygghetsdialog.evaluation.RecordLesson}, and the audited event {@link
 * se.trygghetsdialog.evaluation.EvaluationChanged}.
 */
@ApplicationModule(displayName = "Evaluation and lessons")
@NullMarked
package se.trygghetsdialog.evaluation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
