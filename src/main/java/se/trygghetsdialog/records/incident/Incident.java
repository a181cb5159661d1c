package se.trygghetsdialog.records.incident;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A personal-data incident as logged. */
public record Incident(
    UUID id,
    int number,
    String title,
    String whatHappened,
    OffsetDateTime discoveredAt,
    String dataConcerned,
    int peopleEstimate,
    IncidentRisk risk,
    String riskAssessment,
    @Nullable LocalDate reportedToImyOn,
    String imyReference,
    String notReportedReason,
    @Nullable OffsetDateTime closedAt,
    @Nullable OffsetDateTime reminderSentAt,
    OffsetDateTime recordedAt) {

  /** The time GDPR Art. 33 gives to report to the supervisory authority. */
  public static final Duration REPORTING_TIME = Duration.ofHours(72);

  /** A reminder goes out when less than this is left. */
  public static final Duration REMIND_BEFORE = Duration.ofHours(24);

  /** 72 hours after discovery. */
  public OffsetDateTime imyDeadline() {
    return discoveredAt.plus(REPORTING_TIME);
  }

  public boolean reported() {
    return reportedToImyOn != null;
  }

  public boolean closed() {
    return closedAt != null;
  }

  /** Whether the deadline still matters: not reported, no reason recorded for not reporting. */
  public boolean awaitingReport() {
    return !reported() && notReportedReason.isBlank() && !closed();
  }

  /** Time left to the deadline; negative once it has passed. */
  public Duration timeLeft(OffsetDateTime now) {
    return Duration.between(now, imyDeadline());
  }
}
