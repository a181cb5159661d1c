package se.trygghetsdialog.shared.web;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/** One choice in a select, radio or checkbox list; {@code label} is already translated. */
public record Option(String value, String label, boolean selected, String hint) {
  public Option(String value, String label, boolean selected) {
    this(value, label, selected, "");
  }

  /**
   * One option per item, with its value (an id, written with {@code toString}) and label; selected
   * where {@code selected} holds for the value.
   */
  public static <T> List<Option> of(
      Collection<T> items,
      Function<T, ?> value,
      Function<T, String> label,
      Predicate<String> selected) {
    return of(items, value, label, item -> "", selected);
  }

  /** As {@link #of(Collection, Function, Function, Predicate)}, with a hint for each option. */
  public static <T> List<Option> of(
      Collection<T> items,
      Function<T, ?> value,
      Function<T, String> label,
      Function<T, String> hint,
      Predicate<String> selected) {
    return items.stream()
        .map(
            item -> {
              String v = value.apply(item).toString();
              return new Option(v, label.apply(item), selected.test(v), hint.apply(item));
            })
        .toList();
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
