package se.trygghetsdialog.evaluation;

/** What SKR's step 7 evaluates about a dialogue. */
public enum EvaluationAspect {
  PURPOSE,
  FORM,
  METHOD,
  ACCESSIBILITY,
  REPRESENTATION
}
