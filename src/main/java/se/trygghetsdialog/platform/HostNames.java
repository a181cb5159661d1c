package se.trygghetsdialog.platform;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Bean Validation constraint: host names as an operator types them, one per line or separated by
 * commas or spaces, each a DNS name (letters, digits and hyphens in dot-separated labels, no port,
 * no scheme, at most 253 characters), at most {@link #MAX} of them. Blank is valid (use
 * {@code @NotBlank} where one is required).
 */
@Documented
@Constraint(validatedBy = HostNames.Validator.class)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface HostNames {

  /** The most host names one municipality can have. */
  int MAX = 10;

  String message();

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks every name the text holds. */
  class Validator implements ConstraintValidator<HostNames, String> {

    @Override
    public boolean isValid(@Nullable String text, ConstraintValidatorContext context) {
      List<String> hosts = HostNameList.parse(text);
      return hosts.size() <= MAX && hosts.stream().allMatch(HostNameList::valid);
    }
  }
}
