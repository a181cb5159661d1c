package se.trygghetsdialog.measure;

import java.util.UUID;

/**
 * A reference to an input a measure answers, owned by another module: a dialogue, a place report, a
 * statement, a field report, a lägesbild item. Only the type and id are stored here.
 *
 * @param type one of the {@code *} constants, upper case
 */
public record InputRef(String type, UUID id) {

  public static final String DIALOGUE = "DIALOGUE";
  public static final String DIALOGUE_STEP_FEEDBACK = "DIALOGUE_STEP_FEEDBACK";
  public static final String PLACE_REPORT = "PLACE_REPORT";
  public static final String STATEMENT = "STATEMENT";
  public static final String FIELD_REPORT = "FIELD_REPORT";
  public static final String LAGESBILD_ITEM = "LAGESBILD_ITEM";
  public static final String SURVEY = "SURVEY";

  public static InputRef dialogue(UUID id) {
    return new InputRef(DIALOGUE, id);
  }
}
