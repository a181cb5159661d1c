package se.trygghetsdialog.moderation;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.RecordComponent;

/**
 * Bean Validation constraint: a {@link ScreenedText} in which screening found no personal data. On
 * a field it refuses any flagged text. On a command record it names the text component and,
 * optionally, a boolean component by which the resident confirms sending a flagged text all the
 * same (the text is then stored flagged and reviewed); the violation is reported on the text field.
 * The text was screened when it was bound, so this check screens nothing itself.
 */
@Documented
@Constraint(validatedBy = {NoPersonalData.OnText.class, NoPersonalData.OnCommand.class})
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Repeatable(NoPersonalData.List.class)
public @interface NoPersonalData {

  String message() default "{moderation.error.personalData}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** On a record: the component holding the {@link ScreenedText}. */
  String text() default "";

  /** On a record: a boolean component that, when true, lets a flagged text through. */
  String unlessConfirmedBy() default "";

  /** Several texts of one command. */
  @Documented
  @Target({ElementType.TYPE})
  @Retention(RetentionPolicy.RUNTIME)
  @interface List {
    NoPersonalData[] value();
  }

  /** The check on one text. */
  class OnText implements ConstraintValidator<NoPersonalData, ScreenedText> {
    @Override
    public boolean isValid(ScreenedText value, ConstraintValidatorContext context) {
      return value == null || !value.flagged();
    }
  }

  /** The check on a command record, reported on its text component. */
  class OnCommand implements ConstraintValidator<NoPersonalData, Record> {
    private String text = "";
    private String confirmedBy = "";

    @Override
    public void initialize(NoPersonalData annotation) {
      text = annotation.text();
      confirmedBy = annotation.unlessConfirmedBy();
    }

    @Override
    public boolean isValid(Record command, ConstraintValidatorContext context) {
      if (command == null) {
        return true;
      }
      if (!(component(command, text) instanceof ScreenedText screened) || !screened.flagged()) {
        return true;
      }
      if (!confirmedBy.isEmpty() && Boolean.TRUE.equals(component(command, confirmedBy))) {
        return true;
      }
      context.disableDefaultConstraintViolation();
      context
          .buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
          .addPropertyNode(text)
          .addConstraintViolation();
      return false;
    }

    private static Object component(Record command, String name) {
      for (RecordComponent component : command.getClass().getRecordComponents()) {
        if (component.getName().equals(name)) {
          try {
            return component.getAccessor().invoke(command);
          } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read " + name, e);
          }
        }
      }
      throw new IllegalArgumentException("No component " + name + " in " + command.getClass());
    }
  }
}
