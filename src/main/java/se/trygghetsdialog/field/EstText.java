package se.trygghetsdialog.field;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import se.trygghetsdialog.moderation.ScreenedText;

/**
 * Bean Validation constraint on a free text of the EST week's forms, screened once when its form
 * was bound: at most {@link #max} characters, and else free of personal data. One message per text,
 * as {@link EstTextCheck} gives it: a text that is too long is not reported for personal data.
 */
@Documented
@Constraint(validatedBy = EstText.Check.class)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface EstText {

  /** The most characters the text may have. */
  int max();

  String message() default "{field.week.error.personalData}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** The check; a missing text is for {@code NotNull} to refuse. */
  class Check implements ConstraintValidator<EstText, ScreenedText> {
    private int max;

    @Override
    public void initialize(EstText annotation) {
      max = annotation.max();
    }

    @Override
    public boolean isValid(ScreenedText value, ConstraintValidatorContext context) {
      if (value == null) {
        return true;
      }
      if (value.text().length() > max) {
        context.disableDefaultConstraintViolation();
        context
            .buildConstraintViolationWithTemplate("{field.week.error.tooLong}")
            .addConstraintViolation();
        return false;
      }
      return !value.flagged();
    }
  }
}
