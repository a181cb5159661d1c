package se.trygghetsdialog.walk;

import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.mail.MailLinks;

/** The absolute addresses that walk mails link to, on the municipality's own host. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class WalkLinks {

  private final MailLinks links;

  /** The public page of a walk. */
  String walk(MunicipalityId municipality, UUID walkId) {
    return links.to(municipality, "/trygghetsvandringar/" + walkId);
  }

  /** The page that cancels the registration of a private link. */
  String cancel(MunicipalityId municipality, String token) {
    return links.to(municipality, "/trygghetsvandringar/avboka/" + token);
  }
}
