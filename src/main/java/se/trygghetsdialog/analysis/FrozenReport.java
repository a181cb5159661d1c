package se.trygghetsdialog.analysis;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A frozen version of a report: its number among the dialogue's versions of that kind, when it was
 * frozen, and the content exactly as it was then (its PDF is read with {@link ReportVersions#pdf}).
 */
public record FrozenReport(
    UUID id, ReportKind kind, int number, OffsetDateTime frozenAt, Report content) {

  /** The path of the public page of this version. */
  public String path() {
    return ReportVersions.path(content.dialogueId(), kind, number);
  }
}
