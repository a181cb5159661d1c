package se.trygghetsdialog.measure.web;

import java.util.UUID;
import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;
import se.trygghetsdialog.measure.InputRef;
import se.trygghetsdialog.measure.MeasureId;
import se.trygghetsdialog.measure.MeasureRuleViolation;

/** Converters for the command components of the register's forms (blank binds to null). */
final class MeasureFormConverters {

  private MeasureFormConverters() {}

  /** A measure chosen from a list, by its id. */
  @Component
  static class MeasureIdConverter implements Converter<String, MeasureId> {
    @Override
    public MeasureId convert(String source) {
      if (source.isBlank()) {
        return null;
      }
      try {
        return new MeasureId(UUID.fromString(source.strip()));
      } catch (IllegalArgumentException e) {
        throw new MeasureRuleViolation("", "measure.error.task.measure.invalid");
      }
    }
  }

  /** An input picked from search results: its type and id as {@code TYPE:id}. */
  @Component
  static class InputRefConverter implements Converter<String, InputRef> {
    @Override
    public InputRef convert(String source) {
      String picked = source.strip();
      if (picked.isEmpty()) {
        return null;
      }
      int colon = picked.indexOf(':');
      try {
        if (colon > 0) {
          return new InputRef(
              picked.substring(0, colon), UUID.fromString(picked.substring(colon + 1)));
        }
      } catch (IllegalArgumentException e) {
        // reported below
      }
      throw new MeasureRuleViolation("choice", "measure.error.link.choose");
    }
  }
}
