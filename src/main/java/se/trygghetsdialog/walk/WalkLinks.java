package se.trygghetsdialog.walk;

import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The absolute addresses that walk mails link to, from {@code app.base-url}. */
@Component
class WalkLinks {

  private final String base;

  WalkLinks(@Value("${app.base-url}") String baseUrl) {
    this.base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
  }

  /** The public page of a walk. */
  String walk(UUID walkId) {
    return base + "/trygghetsvandringar/" + walkId;
  }

  /** The page that cancels the registration of a private link. */
  String cancel(String token) {
    return base + "/trygghetsvandringar/avboka/" + token;
  }
}
