package se.trygghetsdialog.records.archive;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.trygghetsdialog.shared.AuditableEvent;
import se.trygghetsdialog.shared.MunicipalityId;

/** The archive package of a closed dialogue was built and downloaded. */
public record ArchivePackageExported(
    MunicipalityId municipalityId,
    UUID dialogueId,
    int documents,
    OffsetDateTime occurredAt,
    @Nullable UUID actorAccountId)
    implements AuditableEvent {

  @Override
  public String auditAction() {
    return "records.archive-package-exported";
  }

  @Override
  public String auditSubject() {
    return dialogueId.toString();
  }
}
