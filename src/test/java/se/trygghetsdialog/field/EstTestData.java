package se.trygghetsdialog.field;

import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.trygghetsdialog.geo.Coordinates;
import se.trygghetsdialog.geo.HeatGrid;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * Writes field reports, field events and place reports straight into the tables, as the report
 * forms would, in weeks far in the future so that the demo data and other tests stay out of the
 * way.
 */
public final class EstTestData {

  private static final AtomicInteger NEXT = new AtomicInteger();

  private final JdbcClient jdbc;
  private final MunicipalityId municipality;
  private final UUID reporter;

  public EstTestData(JdbcClient jdbc, MunicipalityId municipality, UUID reporterAccount) {
    this.jdbc = jdbc;
    this.municipality = municipality;
    this.reporter = reporterAccount;
  }

  /**
   * A week of its own: every call gets a year of its own from 2040 on, so that the week and the
   * weeks around it hold only what the caller puts there.
   */
  public static WeekNumber freshWeek() {
    return new WeekNumber(
        2040 + NEXT.getAndIncrement(), 10 + ThreadLocalRandom.current().nextInt(40));
  }

  public static OffsetDateTime at(WeekNumber week, int isoDay, int hour, int minute) {
    return ZonedDateTime.of(
            week.monday().plusDays(isoDay - 1L).atTime(hour, minute), WeekNumber.ZONE)
        .toOffsetDateTime();
  }

  public static Coordinates inside(HeatGrid grid, HeatGrid.Cell cell) {
    Coordinates centre = grid.centre(cell);
    ThreadLocalRandom random = ThreadLocalRandom.current();
    return new Coordinates(
        centre.latitude() + random.nextDouble(0.0001, 0.0008),
        centre.longitude() - random.nextDouble(0.0001, 0.0015));
  }

  public UUID report(String kind) {
    UUID id = UUID.randomUUID();
    jdbc.sql(
            """
            INSERT INTO field_report (report_id, municipality_id, submission_key,
              reporter_account_id, reporter_kind)
            VALUES (:id, :m, :key, :reporter, :kind)
            """)
        .param("id", id)
        .param("m", municipality.value())
        .param("key", UUID.randomUUID())
        .param("reporter", reporter)
        .param("kind", kind)
        .update();
    return id;
  }

  private final AtomicInteger position = new AtomicInteger();

  public void event(
      UUID report,
      UUID category,
      Coordinates at,
      String placeName,
      @Nullable UUID area,
      OffsetDateTime start,
      int minutes,
      String whatHappened) {
    jdbc.sql(
            """
            INSERT INTO field_event (event_id, report_id, municipality_id, position, category_id,
              latitude, longitude, place_name, area_id, started_at, ended_at, people_involved,
              police_contacted, what_happened, action_taken)
            VALUES (:id, :r, :m, :pos, :c, :lat, :lon, :place, :area, :start, :end, 3, false,
              :what, :action)
            """)
        .param("id", UUID.randomUUID())
        .param("r", report)
        .param("m", municipality.value())
        .param("pos", position.getAndIncrement())
        .param("c", category)
        .param("lat", at.latitude())
        .param("lon", at.longitude())
        .param("place", placeName)
        .param("area", area)
        .param("start", start)
        .param("end", start.plusMinutes(minutes))
        .param("what", whatHappened)
        .param("action", "Åtgärd: " + whatHappened)
        .update();
  }

  public void placeReport(
      UUID category, Coordinates at, String timeOfDay, OffsetDateTime reportedAt) {
    jdbc.sql(
            """
            INSERT INTO place_report (report_id, municipality_id, category_id, latitude, longitude,
              time_of_day, description, public_text, flagged, status, receipt_token,
              private_token_hash, reported_at)
            VALUES (:id, :m, :c, :lat, :lon, :time, :d, NULL, false, 'PENDING', :r, :h, :at)
            """)
        .param("id", UUID.randomUUID())
        .param("m", municipality.value())
        .param("c", category)
        .param("lat", at.latitude())
        .param("lon", at.longitude())
        .param("time", timeOfDay)
        .param("d", "Invånarens egen text Hemligsson " + UUID.randomUUID())
        .param("r", UUID.randomUUID())
        .param("h", UUID.randomUUID().toString())
        .param("at", reportedAt)
        .update();
  }
}
