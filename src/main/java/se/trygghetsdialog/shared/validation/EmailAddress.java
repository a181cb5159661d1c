package se.trygghetsdialog.shared.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Bean Validation constraint: an e-mail address as people type it (spaces around it allowed), at
 * most 254 characters; null and blank are valid (use {@code @NotBlank} where one is required). The
 * same rule as {@code FormText.isEmail}.
 */
@Documented
@Constraint(validatedBy = {})
@ReportAsSingleViolation
@Size(max = 300)
@Pattern(regexp = "\\s*|\\s*[^@\\s<>\"]{1,64}@[^@\\s<>\"]+\\.[^@\\s<>\"]{2,}\\s*")
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface EmailAddress {

  String message() default "{form.error.email}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
