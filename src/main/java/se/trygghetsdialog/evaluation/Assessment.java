package se.trygghetsdialog.evaluation;

import org.jspecify.annotations.Nullable;

/**
 * The team's assessment of one aspect of a dialogue.
 *
 * @param score 1 (poor) to 5 (very good)
 * @param text the team's reasoning
 * @param flagged screening found possible personal data in the text
 * @param answered how many participants answered about this aspect; null when none were asked
 */
public record Assessment(
    EvaluationAspect aspect, int score, String text, boolean flagged, @Nullable Integer answered) {}
