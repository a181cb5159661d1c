package se.trygghetsdialog.perspective;

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
    return switch (change) {
      case THEME_DEFINED -> "perspective.theme-defined";
      case THEME_EDITED -> "perspective.theme-edited";
      case THEME_ARCHIVED -> "perspective.theme-archived";
      case THEME_RESTORED -> "perspective.theme-restored";
      case CONTACT_LOGGED -> "perspective.contact-logged";
      case CONTACT_EDITED -> "perspective.contact-edited";
      case PERSPECTIVE_RECORDED -> "perspective.perspective-recorded";
      case PERSPECTIVE_EDITED -> "perspective.perspective-edited";
    };
  }

  @Override
  public String auditSubject() {
    return subjectId.toString();
  }
}
