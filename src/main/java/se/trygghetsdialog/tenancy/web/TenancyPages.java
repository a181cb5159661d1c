package se.trygghetsdialog.tenancy.web;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import se.trygghetsdialog.shared.web.SignedInUser;

/** What the settings controllers share. */
final class TenancyPages {

  private TenancyPages() {}

  /** The signed-in staff member's account, for the audit log. */
  static @Nullable UUID actor() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    return authentication != null && authentication.getPrincipal() instanceof SignedInUser user
        ? user.accountId()
        : null;
  }
}
