package se.trygghetsdialog.measure;

/**
 * An input staff may pick to link to a measure, with its public label.
 *
 * @param input the input
 * @param label the label its {@link InputResolver} gives it
 */
public record InputChoice(InputRef input, String label) {

  /** The value of the choice in a form: type and id, e.g. {@code PLACE_REPORT:3f2b…}. */
  public String value() {
    return input.type() + ":" + input.id();
  }
}
