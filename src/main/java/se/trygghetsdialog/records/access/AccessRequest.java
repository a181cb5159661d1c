package se.trygghetsdialog.records.access;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * A request for public access as registered: when it came, who asked (as they gave themselves,
 * perhaps nobody), what they asked for and how; and, once decided, the decision.
 *
 * @param documentsDisposedAt when the copies of the documents it covers were disposed of, if any
 */
public record AccessRequest(
    UUID id,
    MunicipalityId municipalityId,
    int number,
    OffsetDateTime receivedAt,
    String requester,
    String subject,
    AccessChannel channel,
    OffsetDateTime registeredAt,
    @Nullable AccessOutcome outcome,
    String reasons,
    @Nullable OffsetDateTime decidedAt,
    @Nullable OffsetDateTime documentsDisposedAt) {

  /** The time zone working days are counted in. */
  public static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

  public boolean decided() {
    return outcome != null;
  }

  /**
   * True when the copies of the documents were disposed of after the retention period (their texts
   * are gone; the decision, the marks and the log stay).
   */
  public boolean documentsDisposed() {
    return documentsDisposedAt != null;
  }

  /** From received to decided, or to {@code now} while open. */
  public Duration elapsed(OffsetDateTime now) {
    OffsetDateTime end = decidedAt == null ? now : decidedAt;
    return end.isBefore(receivedAt) ? Duration.ZERO : Duration.between(receivedAt, end);
  }

  /**
   * One working day after receipt: the same time on the next weekday. Public holidays are not
   * counted out (a known simplification).
   */
  public OffsetDateTime skyndsamtBy() {
    ZonedDateTime next = receivedAt.atZoneSameInstant(ZONE).plusDays(1);
    while (next.getDayOfWeek() == DayOfWeek.SATURDAY || next.getDayOfWeek() == DayOfWeek.SUNDAY) {
      next = next.plusDays(1);
    }
    return next.toOffsetDateTime();
  }

  /** Open for more than one working day: the law asks for a decision without delay (skyndsamt). */
  public boolean overdue(OffsetDateTime now) {
    return !decided() && now.isAfter(skyndsamtBy());
  }
}
