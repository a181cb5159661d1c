package se.trygghetsdialog.shared.web;

/** One choice in a select, radio or checkbox list; {@code label} is already translated. */
public record Option(String value, String label, boolean selected, String hint) {
  public Option(String value, String label, boolean selected) {
    this(value, label, selected, "");
  }
}
