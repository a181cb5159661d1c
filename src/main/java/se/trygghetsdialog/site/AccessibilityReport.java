package se.trygghetsdialog.site;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * A problem with the accessibility of the service, reported by anyone; empty strings stand for "not
 * given".
 */
public record AccessibilityReport(
    UUID id,
    MunicipalityId municipalityId,
    String pageUrl,
    String description,
    String replyEmail,
    OffsetDateTime createdAt,
    @Nullable OffsetDateTime handledAt) {

  public boolean handled() {
    return handledAt != null;
  }
}
