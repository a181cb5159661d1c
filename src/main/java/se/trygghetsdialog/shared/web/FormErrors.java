package se.trygghetsdialog.shared.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
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

  public static FormErrors of(BindingResult result, MessageSource messages, Locale locale) {
    List<Item> items = new ArrayList<>();
    for (ObjectError error : result.getAllErrors()) {
      String field = error instanceof FieldError fieldError ? fieldError.getField() : "";
      String message;
      try {
        message = messages.getMessage(error, locale);
      } catch (org.springframework.context.NoSuchMessageException e) {
        message = messages.getMessage("form.error.invalid", null, locale);
      }
      if (items.stream().noneMatch(i -> i.field().equals(field))) {
        items.add(new Item(field, message));
      }
    }
    return new FormErrors(items);
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
