package se.trygghetsdialog.moderation;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.trygghetsdialog.shared.AuditableEvent;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * A moderator approved content for publication. The content module publishes {@code publicText},
 * never the original, which stays in the queue item.
 *
 * @param redacted whether the public text differs from the original
 */
public record ContentApproved(
    MunicipalityId municipalityId,
    String contentType,
    UUID contentId,
    String publicText,
    boolean redacted,
    @Nullable UUID actorAccountId)
    implements AuditableEvent {

  @Override
  public String auditAction() {
    return redacted ? "moderation.approved-redacted" : "moderation.approved";
  }

  @Override
  public String auditSubject() {
    return contentType + ":" + contentId;
  }
}
