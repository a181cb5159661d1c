package se.trygghetsdialog.survey.web;

import java.util.List;
import se.trygghetsdialog.survey.Question;

/**
 * One question version in the builder's list, with whether it has answers.
 *
 * @param untranslated the names (in themselves) of the languages it is not fully translated into
 */
public record QuestionRow(Question question, boolean answered, List<String> untranslated) {}
