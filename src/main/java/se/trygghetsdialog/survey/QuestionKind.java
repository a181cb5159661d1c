package se.trygghetsdialog.survey;

import java.util.Set;

/** The kinds of survey question. */
public enum QuestionKind {
  SINGLE,
  MULTIPLE,
  LIKERT,
  NUMBER,
  TEXT,
  MAP,
  AGE_BAND,
  GENDER,
  AREA;

  private static final Set<QuestionKind> WITH_OPTIONS = Set.of(SINGLE, MULTIPLE, LIKERT);

  /** Whether staff write the options of the question. */
  public boolean hasOptions() {
    return WITH_OPTIONS.contains(this);
  }

  /** Whether the question is one of the voluntary background questions. */
  public boolean background() {
    return this == AGE_BAND || this == GENDER || this == AREA;
  }
}
