package se.trygghetsdialog.survey.web;

import se.trygghetsdialog.survey.Question;

/** One question version in the builder's list, with whether it has answers. */
public record QuestionRow(Question question, boolean answered) {}
