package se.trygghetsdialog.field;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.trygghetsdialog.geo.PlaceCategories;
import se.trygghetsdialog.geo.PlaceCategory;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffMember;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.measure.OwnerKind;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * Demo data for Lysekil's EST week, loaded by {@link FieldReportDemoData} after the field reports:
 * field events of the last six weeks from trygghetsvärdar, the fältteam and the guard company
 * (their own demo submissions, independent of the report form's demo data), the week before last
 * worked through, with a planned action and a published weekly report, and last week started with
 * part of its checklist ticked. Idempotent: fixed identifiers, and nothing is redone that is
 * already there.
 */
@Component
@ConditionalOnBooleanProperty(name = "app.demo.enabled")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class EstWeekDemoData {

  private static final Logger log = LoggerFactory.getLogger(EstWeekDemoData.class);
  private static final String DOMAIN = "@lysekil.example";

  private record Spot(String name, double latitude, double longitude) {}

  private static final List<Spot> SPOTS =
      List.of(
          new Spot("Södra hamnen", 58.2712, 11.4378),
          new Spot("Kungsplan", 58.2744, 11.4352),
          new Spot("Stadsparken", 58.2760, 11.4330),
          new Spot("Badhusberget", 58.2725, 11.4410));

  private final StaffAccounts accounts;
  private final PlaceCategories categories;
  private final JdbcClient jdbc;
  private final StartEstWeek startWeek;
  private final UpdateEstChecklist updateChecklist;
  private final PlanWeekAction planAction;
  private final CloseEstWeek closeWeek;
  private final DraftWeeklyReport draft;
  private final SubmitWeeklyReport submit;
  private final PublishWeeklyReport publish;
  private final WeeklyReports reports;
  private final EstWeeks weeks;

  /** Loads the demo weeks of Lysekil ({@code m}). */
  void run(MunicipalityId m) {
    try {
      load(m);
    } catch (RuntimeException e) {
      // Demo data must never stop the application.
      log.warn("EST week demo data not loaded", e);
    }
  }

  private void load(MunicipalityId m) {
    Optional<StaffMember> reporter = accounts.findByEmail(m, "rapportor" + DOMAIN);
    Optional<StaffMember> coordinator = accounts.findByEmail(m, "trygghetssamordnare" + DOMAIN);
    Optional<StaffMember> moderator = accounts.findByEmail(m, "moderator" + DOMAIN);
    List<PlaceCategory> all = categories.all(m);
    if (reporter.isEmpty() || coordinator.isEmpty() || moderator.isEmpty() || all.size() < 3) {
      log.info("EST week demo data skipped: demo accounts or categories missing");
      return;
    }
    WeekNumber last = WeekNumber.of(LocalDate.now(WeekNumber.ZONE)).previous();
    for (int back = 0; back < 6; back++) {
      events(m, reporter.get().id(), all, last.plusWeeks(-back), back);
    }
    StaffPrincipal siv = accounts.actingAs(coordinator.get());
    StaffPrincipal mona = accounts.actingAs(moderator.get());

    // The week before last: worked through, an action planned, the report published, closed.
    WeekNumber before = last.previous();
    EstWeek earlier = startWeek.start(m, before, siv);
    if (earlier.open()) {
      planAction.plan(
          earlier,
          new PlanWeekAction.Input(
              id("action:" + before),
              "Fler trygghetsvärdar vid Södra hamnen fredag och lördag",
              "Trygghetsvärdarna går två extra rundor vid Södra hamnen fredag och lördag kväll"
                  + " och samtalar med ungdomarna där.",
              "Lysekils kommun, trygghetsvärdarna",
              OwnerKind.MUNICIPALITY,
              null),
          siv);
      WeeklyReport report = draft.create(earlier, siv);
      if (report.editable()) {
        draft.save(
            report,
            new DraftWeeklyReport.Input(
                report.title(),
                report.appeal(),
                report.presence(),
                "Fältteamet och fritidsgården ordnade kvällsfika i Stadsparken på fredagen."
                    + " Polisen och trygghetsvärdarna gick gemensamt i centrum på lördagskvällen.",
                report.places().stream()
                    .map(
                        p ->
                            new WeeklyReport.Place(
                                p.place(), p.incidents(), "Ökad vuxennärvaro och samtal."))
                    .toList()));
        submit.submit(reports.ofWeek(earlier).orElseThrow(), siv);
        publish.approve(reports.ofWeek(earlier).orElseThrow(), mona);
      }
      closeWeek.close(weeks.find(m, before).orElseThrow(), siv);
    }

    // Last week: started, with the first checklist items ticked.
    EstWeek current = startWeek.start(m, last, siv);
    if (current.open() && weeks.checklist(current).stream().noneMatch(EstChecklist.Item::done)) {
      updateChecklist.update(
          current,
          Map.of(
              "fieldEvents", new UpdateEstChecklist.Entry(true, "Lugnare än förra veckan."),
              "placeReports", new UpdateEstChecklist.Entry(true, "")),
          siv);
    }
    log.info("EST week demo data: weeks {} and {}", before, last);
  }

  private static UUID id(String key) {
    return UUID.nameUUIDFromBytes(("est-week-demo:" + key).getBytes(StandardCharsets.UTF_8));
  }

  /** A few events per week; more in the latest weeks, so that the change shows. */
  private void events(
      MunicipalityId m, UUID reporter, List<PlaceCategory> all, WeekNumber week, int back) {
    record Shift(String kind, int day, int hour, int minutes, int spot, int category) {}
    List<Shift> shifts =
        List.of(
            new Shift("TRYGGHETSVARD", 1, 18, 180, 0, 0),
            new Shift("TRYGGHETSVARD", 3, 19, 150, 1, 1),
            new Shift("TRYGGHETSVARD", 5, 20, 120, 0, 0),
            new Shift("FALTARE", 5, 21, 90, 2, 2),
            new Shift("FALTARE", 6, 21, 60, 0, 0),
            new Shift("TRYGGHETSVARD", 6, 17, 240, 3, 1),
            new Shift("VAKTARE", 6, 23, 45, 0, 2),
            new Shift("VAKTARE", 7, 1, 30, 1, 0));
    int count = Math.max(3, shifts.size() - back);
    for (int i = 0; i < count; i++) {
      Shift s = shifts.get(i);
      String key = week + ":" + i;
      UUID reportId = id("report:" + key);
      jdbc.sql(
              """
              INSERT INTO field_report (report_id, municipality_id, submission_key,
                reporter_account_id, reporter_kind, filed_at)
              VALUES (:id, :m, :key, :reporter, :kind, :filed)
              ON CONFLICT DO NOTHING
              """)
          .param("id", reportId)
          .param("m", m.value())
          .param("key", id("submission:" + key))
          .param("reporter", reporter)
          .param("kind", s.kind())
          .param("filed", at(week, s.day(), s.hour()).plusMinutes(s.minutes()))
          .update();
      Spot spot = SPOTS.get(s.spot());
      OffsetDateTime start = at(week, s.day(), s.hour());
      jdbc.sql(
              """
              INSERT INTO field_event (event_id, report_id, municipality_id, position, category_id,
                latitude, longitude, place_name, started_at, ended_at, people_involved,
                police_contacted, what_happened, action_taken)
              VALUES (:id, :r, :m, 0, :c, :lat, :lon, :place, :start, :end, :people, false,
                :what, :action)
              ON CONFLICT DO NOTHING
              """)
          .param("id", id("event:" + key))
          .param("r", reportId)
          .param("m", m.value())
          .param("c", all.get(s.category()).id())
          .param("lat", spot.latitude())
          .param("lon", spot.longitude())
          .param("place", spot.name())
          .param("start", start)
          .param("end", start.plusMinutes(s.minutes()))
          .param("people", 4 + i)
          .param("what", "En grupp ungdomar samlades, stämningen var lugn.")
          .param("action", "Samtal med gruppen.")
          .update();
    }
  }

  private static OffsetDateTime at(WeekNumber week, int isoDay, int hour) {
    return ZonedDateTime.of(week.monday().plusDays(isoDay - 1L).atTime(hour, 0), WeekNumber.ZONE)
        .toOffsetDateTime();
  }
}
