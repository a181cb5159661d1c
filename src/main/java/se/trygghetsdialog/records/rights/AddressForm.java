package se.trygghetsdialog.records.rights;

import jakarta.validation.constraints.NotBlank;
import org.jspecify.annotations.Nullable;
import se.trygghetsdialog.shared.validation.EmailAddress;

/** The one field of the resident's request and the staff registerutdrag: an e-mail address. */
public record AddressForm(
    @Nullable
        @NotBlank(message = "{rights.error.email.required}")
        @EmailAddress(message = "{rights.error.email.invalid}")
        String email) {

  public String value() {
    return email == null ? "" : email.strip();
  }
}
