package se.trygghetsdialog.participation;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.trygghetsdialog.dialogue.DialogueId;
import se.trygghetsdialog.shared.AuditableEvent;
import se.trygghetsdialog.shared.MunicipalityId;

/** The team recorded a dialogue's gap check (har vi missat någon). */
public record GapCheckRecorded(
    MunicipalityId municipalityId,
    DialogueId dialogueId,
    OffsetDateTime occurredAt,
    @Nullable UUID actorAccountId)
    implements AuditableEvent {

  @Override
  public String auditAction() {
    return "participation.gap-check-recorded";
  }

  @Override
  public String auditSubject() {
    return dialogueId.value().toString();
  }
}
