package se.trygghetsdialog.records.rights;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.trygghetsdialog.shared.AuditableEvent;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * Everything tied to an e-mail address was shown or exported: by the resident through the mailed
 * link (no actor) or as a registerutdrag by staff. The address is not kept.
 */
public record PersonalDataExported(
    MunicipalityId municipalityId,
    UUID requestId,
    int items,
    String format,
    OffsetDateTime occurredAt,
    @Nullable UUID actorAccountId)
    implements AuditableEvent {

  @Override
  public String auditAction() {
    return actorAccountId == null
        ? "records.personal-data-exported"
        : "records.register-extract-issued";
  }

  @Override
  public String auditSubject() {
    return requestId.toString();
  }
}
