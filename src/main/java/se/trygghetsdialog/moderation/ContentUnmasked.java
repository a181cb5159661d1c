package se.trygghetsdialog.moderation;

import java.util.UUID;
import se.trygghetsdialog.shared.MunicipalityId;

/** A moderator looked at the personal data that screening masks, giving a reason. */
public record ContentUnmasked(
    MunicipalityId municipalityId,
    UUID itemId,
    String contentType,
    UUID contentId,
    UUID actorAccountId,
    String reason)
    implements ContentEvent {

  @Override
  public String auditAction() {
    return "moderation.unmasked";
  }
}
