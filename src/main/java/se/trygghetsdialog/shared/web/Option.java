package se.trygghetsdialog.shared.web;

import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One choice in a select, radio or checkbox list; {@code label} is already translated. */
public record Option(String value, String label, boolean selected, String hint) {
  public Option(String value, String label, boolean selected) {
    this(value, label, selected, "");
  }

  /**
   * One option per constant of an enum, labelled by the message {@code prefix.NAME} ({@link Ui#e}),
   * the one named {@code selected} selected.
   */
  public static <E extends Enum<E>> List<Option> of(
      E[] values, String prefix, @Nullable String selected, Ui ui) {
    return Arrays.stream(values)
        .map(v -> new Option(v.name(), ui.e(prefix, v), v.name().equals(selected)))
        .toList();
  }
}
