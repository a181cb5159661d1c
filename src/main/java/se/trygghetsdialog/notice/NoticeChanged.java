package se.trygghetsdialog.notice;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.trygghetsdialog.shared.AuditableEvent;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * A notice was posted, corrected or checked by staff, audited as {@code notice.posted}, {@code
 * notice.corrected} or {@code notice.checked}.
 *
 * @param actorAccountId the staff member, or null when another module posted it
 */
public record NoticeChanged(
    MunicipalityId municipalityId, UUID noticeId, @Nullable UUID actorAccountId, Change change)
    implements AuditableEvent {

  /** What happened to the notice. */
  public enum Change {
    POSTED,
    CORRECTED,
    CHECKED
  }

  @Override
  public String auditAction() {
    return "notice." + change.name().toLowerCase(java.util.Locale.ROOT);
  }

  @Override
  public String auditSubject() {
    return noticeId.toString();
  }
}
