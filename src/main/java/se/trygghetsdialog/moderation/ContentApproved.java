package se.trygghetsdialog.moderation;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * A moderator approved content for publication. The content module publishes {@code publicText},
 * never the original, which stays in the queue item.
 *
 * @param redacted whether the public text differs from the original
 * @param findingsConfirmed screening flagged the public text and the moderator confirmed that what
 *     it found is not personal data
 */
public record ContentApproved(
    MunicipalityId municipalityId,
    String contentType,
    UUID contentId,
    String publicText,
    boolean redacted,
    boolean findingsConfirmed,
    @Nullable UUID actorAccountId)
    implements ContentEvent {

  @Override
  public String auditAction() {
    if (findingsConfirmed) {
      return "moderation.approved-findings-confirmed";
    }
    return redacted ? "moderation.approved-redacted" : "moderation.approved";
  }
}
