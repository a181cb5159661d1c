/**
 * Safety surveys (trygghetsmätningar): a survey with a versioned question bank (the NTU-style
 * headline item and optional items shipped, all editable), rounds with opening and closing dates,
 * an open link and personal invitation codes (letters or e-mail, reminders to unused codes only),
 * paper answers entered by staff, and the resident form as pages of questions with conditions
 * evaluated on the server between pages. A code is never stored with the answers: the codes table
 * keeps only whether a code was used. A closed round's results are used in the safety work: as
 * evidence for measures and medborgarlöften ({@code measure.InputResolver} for type SURVEY), in the
 * lägesbild ({@code lagesbild.LagesbildSource}) and, for a round tied to a dialogue, among the
 * dialogue's perspectives ({@code dialogue.PerspectiveSource}); every figure suppressed as on the
 * results page.
 *
 * <p>API: {@link se.trygghetsdialog.survey.Surveys} (queries), the actions {@link
 * se.trygghetsdialog.survey.BuildSurvey}, {@link se.trygghetsdialog.survey.AnswerSurvey} and {@link
 * se.trygghetsdialog.survey.SurveyInvitations}, and {@link
 * se.trygghetsdialog.survey.results.SurveyResultsSource} for the results.
 */
@ApplicationModule(displayName = "Surveys")
@NullMarked
package se.trygghetsdialog.survey;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
