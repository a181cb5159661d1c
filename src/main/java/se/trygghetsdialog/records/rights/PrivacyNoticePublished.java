package se.trygghetsdialog.records.rights;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.trygghetsdialog.shared.AuditableEvent;
import se.trygghetsdialog.shared.MunicipalityId;

/** An administrator published a new version of the privacy notice. */
public record PrivacyNoticePublished(
    MunicipalityId municipalityId,
    int version,
    OffsetDateTime occurredAt,
    @Nullable UUID actorAccountId)
    implements AuditableEvent {

  @Override
  public String auditAction() {
    return "records.privacy-notice-published";
  }

  @Override
  public String auditSubject() {
    return "privacy-notice-" + version;
  }
}
