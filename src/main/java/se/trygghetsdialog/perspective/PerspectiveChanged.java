package se.trygghetsdialog.perspective;

import java.util.Locale;
import java.util.UUID;
import se.trygghetsdialog.shared.AuditableEvent;
import se.trygghetsdialog.shared.MunicipalityId;

/** The dialogue team changed a theme, a logged contact or a perspective; audited. */
public record PerspectiveChanged(
    MunicipalityId municipalityId, UUID subjectId, UUID actorAccountId, Change change)
    implements AuditableEvent {

  /** What changed. */
  public enum Change {
    THEME_DEFINED,
    THEME_EDITED,
    THEME_ARCHIVED,
    THEME_RESTORED,
    CONTACT_LOGGED,
    CONTACT_EDITED,
    PERSPECTIVE_RECORDED,
    PERSPECTIVE_EDITED
  }

  @Override
  public String auditAction() {
    return "perspective." + change.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  @Override
  public String auditSubject() {
    return subjectId.toString();
  }
}
