package se.trygghetsdialog.measure;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A duty to respond: results were passed to a nämnd or organisation, which answers by a deadline.
 */
public record ResponseTask(
    UUID id,
    @Nullable MeasureId measureId,
    String recipient,
    String subject,
    LocalDate dueOn,
    @Nullable String response,
    @Nullable OffsetDateTime respondedAt,
    @Nullable OffsetDateTime escalatedAt,
    int version,
    OffsetDateTime createdAt) {

  public boolean answered() {
    return respondedAt != null;
  }

  public boolean overdue(LocalDate today) {
    return !answered() && dueOn.isBefore(today);
  }
}
