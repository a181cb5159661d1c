package se.trygghetsdialog.records.rights;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.trygghetsdialog.shared.AuditableEvent;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * A resident had everything tied to their e-mail address erased. The address is not kept: the
 * request gets an id of its own and the count of items erased.
 */
public record PersonalDataErased(
    MunicipalityId municipalityId, UUID requestId, int items, OffsetDateTime occurredAt)
    implements AuditableEvent {

  @Override
  public @Nullable UUID actorAccountId() {
    return null;
  }

  @Override
  public String auditAction() {
    return "records.personal-data-erased";
  }

  @Override
  public String auditSubject() {
    return requestId.toString();
  }
}
