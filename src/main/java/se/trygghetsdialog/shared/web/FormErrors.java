package se.trygghetsdialog.shared.web;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import se.trygghetsdialog.shared.RuleViolation;

/**
 * The errors of one form, already translated, in field order: rendered as the GOV.UK error summary
 * at the top of the form (linking to each field) and as a message beside each field.
 */
public final class FormErrors {

  /** One error; {@code field} is the form field's name and the input's id. */
  public record Item(String field, String message) {}

  private static final FormErrors NONE = new FormErrors(List.of());

  private final List<Item> items;

  private FormErrors(List<Item> items) {
    this.items = List.copyOf(items);
  }

  public static FormErrors none() {
    return NONE;
  }

  /**
   * The errors of a bound command, one per field, in the order of the command's components (the
   * order of the form). A value that could not be converted shows the message of the rule violation
   * its converter threw, else the message for its code ({@code typeMismatch.command.field} and so
   * on), else a general one; a Bean Validation error shows its constraint's message.
   */
  public static FormErrors of(BindingResult result, MessageSource messages, Locale locale) {
    List<Item> items = new ArrayList<>();
    List<ObjectError> errors = new ArrayList<>(result.getAllErrors());
    errors.sort(Comparator.comparingInt(e -> position(result.getTarget(), e)));
    for (ObjectError error : errors) {
      String field = error instanceof FieldError fieldError ? fieldError.getField() : "";
      String message = message(error, messages, locale);
      if (items.stream().noneMatch(i -> i.field().equals(field))) {
        items.add(new Item(field, message));
      }
    }
    return new FormErrors(items);
  }

  private static String message(ObjectError error, MessageSource messages, Locale locale) {
    if (error instanceof FieldError fieldError && fieldError.isBindingFailure()) {
      RuleViolation violation = cause(fieldError);
      if (violation != null) {
        return messages.getMessage(
            violation.messageKey(), violation.args().length == 0 ? null : violation.args(), locale);
      }
    }
    try {
      return messages.getMessage(error, locale);
    } catch (NoSuchMessageException e) {
      return messages.getMessage("form.error.invalid", null, locale);
    }
  }

  private static @Nullable RuleViolation cause(FieldError error) {
    Throwable cause = error.contains(Throwable.class) ? error.unwrap(Throwable.class) : null;
    while (cause != null) {
      if (cause instanceof RuleViolation violation) {
        return violation;
      }
      cause = cause.getCause();
    }
    return null;
  }

  /** Where the error's field comes in the command record; errors on the whole form come first. */
  private static int position(@Nullable Object target, ObjectError error) {
    if (!(error instanceof FieldError fieldError)) {
      return -1;
    }
    if (target != null && target.getClass().isRecord()) {
      RecordComponent[] components = target.getClass().getRecordComponents();
      for (int i = 0; i < components.length; i++) {
        if (components[i].getName().equals(fieldError.getField())) {
          return i;
        }
      }
    }
    return Integer.MAX_VALUE;
  }

  /**
   * These errors and those a module's rule refused the request with, each on the field it names.
   */
  public FormErrors with(RuleViolation violation, MessageSource messages, Locale locale) {
    Builder builder = new Builder(messages, locale);
    builder.items.addAll(items);
    violation.all().forEach(builder::add);
    return builder.build();
  }

  /** Collects errors by field and message key, translating them at once. */
  public static Builder builder(MessageSource messages, Locale locale) {
    return new Builder(messages, locale);
  }

  /** Builds a {@link FormErrors} from field names and message keys. */
  public static final class Builder {
    private final MessageSource messages;
    private final Locale locale;
    private final List<Item> items = new ArrayList<>();

    private Builder(MessageSource messages, Locale locale) {
      this.messages = messages;
      this.locale = locale;
    }

    /** Adds an error unless the field already has one (the first error per field wins). */
    public Builder add(String field, String messageKey, Object... args) {
      if (items.stream().noneMatch(i -> i.field().equals(field))) {
        items.add(
            new Item(
                field, messages.getMessage(messageKey, args.length == 0 ? null : args, locale)));
      }
      return this;
    }

    /** Adds the error a module's rule refused the request with, on the field it names. */
    public Builder add(RuleViolation violation) {
      return add(violation.field(), violation.messageKey(), violation.args());
    }

    public boolean any() {
      return !items.isEmpty();
    }

    public FormErrors build() {
      return new FormErrors(items);
    }
  }

  public boolean any() {
    return !items.isEmpty();
  }

  /**
   * These errors with {@code suffix} after each field's name (errors on the whole form keep
   * theirs), for a page with one small form per item whose inputs are named {@code field + suffix}.
   */
  public FormErrors suffixed(String suffix) {
    return new FormErrors(
        items.stream()
            .map(i -> new Item(i.field().isEmpty() ? "" : i.field() + suffix, i.message()))
            .toList());
  }

  /**
   * These errors each replaced (a field renamed, a message made more precise), in the given order:
   * for a form whose inputs are named otherwise than the command's components (a field repeated per
   * row, a list of blocks). The first error per field wins.
   */
  public FormErrors mapped(UnaryOperator<Item> item, Comparator<Item> order) {
    List<Item> mapped = new ArrayList<>(items.stream().map(item).toList());
    mapped.sort(order);
    List<Item> first = new ArrayList<>();
    for (Item each : mapped) {
      if (first.stream().noneMatch(i -> i.field().equals(each.field()))) {
        first.add(each);
      }
    }
    return new FormErrors(first);
  }

  public List<Item> items() {
    return items;
  }

  public boolean has(String field) {
    return message(field) != null;
  }

  public @Nullable String message(String field) {
    for (Item item : items) {
      if (item.field().equals(field)) {
        return item.message();
      }
    }
    return null;
  }
}
