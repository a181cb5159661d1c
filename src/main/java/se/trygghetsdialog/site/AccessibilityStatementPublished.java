package se.trygghetsdialog.site;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.trygghetsdialog.shared.AuditableEvent;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * An administrator published a new version of the accessibility statement; the previous version
 * (kept in full) and the new one are named, with the conformance and review date before and after.
 */
public record AccessibilityStatementPublished(
    MunicipalityId municipalityId,
    @Nullable UUID actorAccountId,
    int version,
    @Nullable Integer previousVersion,
    AccessibilityStatement.@Nullable Conformance previousConformance,
    AccessibilityStatement.Conformance conformance,
    @Nullable LocalDate previousReviewedOn,
    LocalDate reviewedOn)
    implements AuditableEvent {

  @Override
  public String auditAction() {
    return "site.accessibilityStatement.published";
  }

  @Override
  public String auditSubject() {
    return "accessibility-statement/" + version;
  }
}
