package se.trygghetsdialog.feedback;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.regex.Pattern;

/** The shape check for an e-mail address typed by a resident; delivery proves the rest. */
public final class EmailAddress {

  /** RFC 5321 limits a forward path to 254 characters. */
  public static final int MAX_LENGTH = 254;

  private static final Pattern SHAPE =
      Pattern.compile(
          "[^@\\s\"<>(),;:\\\\\\[\\]]+@[^@\\s\"<>(),;:\\\\\\[\\]]+\\.[^@\\s\"<>(),;:\\\\\\[\\].]{2,}");

  private EmailAddress() {}

  public static boolean valid(String address) {
    return address.length() <= MAX_LENGTH
        && SHAPE.matcher(address).matches()
        && !address.contains("..");
  }

  /**
   * Bean Validation constraint: an address of this shape, as typed (surrounding space ignored).
   * Null, blank and overlong values are left to {@code @NotBlank} and {@code @Size}.
   */
  @Documented
  @Constraint(validatedBy = Shaped.Validator.class)
  @Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
  @Retention(RetentionPolicy.RUNTIME)
  public @interface Shaped {

    String message();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks the shape with {@link EmailAddress#valid}. */
    class Validator implements ConstraintValidator<Shaped, String> {
      @Override
      public boolean isValid(String value, ConstraintValidatorContext context) {
        String address = value == null ? "" : value.strip();
        return address.isEmpty() || address.length() > MAX_LENGTH || valid(address);
      }
    }
  }
}
