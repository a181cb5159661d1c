package se.trygghetsdialog.moderation;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.trygghetsdialog.shared.MunicipalityId;

/** A moderator kept content for internal use only: it is handled but never published. */
public record ContentKeptInternal(
    MunicipalityId municipalityId,
    String contentType,
    UUID contentId,
    @Nullable UUID actorAccountId)
    implements ContentEvent {

  @Override
  public String auditAction() {
    return "moderation.kept-internal";
  }
}
