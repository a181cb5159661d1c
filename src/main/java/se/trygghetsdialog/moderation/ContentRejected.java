package se.trygghetsdialog.moderation;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.trygghetsdialog.shared.MunicipalityId;

/** A moderator refused publication, with a reason the resident may see. */
public record ContentRejected(
    MunicipalityId municipalityId,
    String contentType,
    UUID contentId,
    String reason,
    @Nullable UUID actorAccountId)
    implements ContentEvent {

  @Override
  public String auditAction() {
    return "moderation.rejected";
  }
}
