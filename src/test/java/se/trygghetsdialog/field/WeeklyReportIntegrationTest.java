package se.trygghetsdialog.field;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import se.trygghetsdialog.geo.HeatGrid;
import se.trygghetsdialog.geo.PlaceCategories;
import se.trygghetsdialog.geo.PlaceCategory;
import se.trygghetsdialog.geo.PlaceSettings;
import se.trygghetsdialog.identity.Role;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.measure.MeasureId;
import se.trygghetsdialog.measure.Measures;
import se.trygghetsdialog.measure.OwnerKind;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.StaleForm;
import se.trygghetsdialog.support.IntegrationTest;
import se.trygghetsdialog.support.StaffMother;
import se.trygghetsdialog.tenancy.Municipalities;

/**
 * The week's work and its weekly report: who may build, approve and publish; the checklist and free
 * texts are screened; actions become measures and are followed up the week after; a closed week is
 * read-only; the report is pre-filled from the week and public only after approval.
 */
@IntegrationTest
class WeeklyReportIntegrationTest {

  @Autowired JdbcClient jdbc;
  @Autowired Municipalities municipalities;
  @Autowired StaffAccounts accounts;
  @Autowired PlaceCategories categories;
  @Autowired PlaceSettings settings;
  @Autowired Measures measures;
  @Autowired EstWeeks weeks;
  @Autowired StartEstWeek startWeek;
  @Autowired UpdateEstChecklist updateChecklist;
  @Autowired PlanWeekAction planAction;
  @Autowired FollowUpWeekAction followUp;
  @Autowired CloseEstWeek closeWeek;
  @Autowired DraftWeeklyReport draft;
  @Autowired SubmitWeeklyReport submit;
  @Autowired PublishWeeklyReport publish;
  @Autowired WeeklyReports reports;

  MunicipalityId municipality;
  StaffPrincipal coordinator;
  StaffPrincipal moderator;
  StaffPrincipal administrator;
  StaffPrincipal reporter;
  StaffPrincipal coordinatingAdmin;
  WeekNumber number;

  StaffPrincipal staff(String name, Role... roles) {
    return accounts.actingAs(StaffMother.staff(municipalities, accounts, name, roles));
  }

  @BeforeEach
  void setUp() {
    municipality = StaffMother.tenant(municipalities).id();
    coordinator = staff("Siv Samordnare", Role.SAFETY_COORDINATOR);
    moderator = staff("Mona Moderator", Role.MODERATOR);
    administrator = staff("Ada Admin", Role.ADMINISTRATOR);
    reporter = staff("Rolf Rapportör", Role.FIELD_REPORTER);
    coordinatingAdmin = staff("Cia Båda", Role.SAFETY_COORDINATOR, Role.ADMINISTRATOR);
    number = EstTestData.freshWeek();
  }

  @Test
  void whoMayViewBuildAndReview() {
    assertThat(FieldPolicy.mayViewWeek(coordinator)).isTrue();
    assertThat(FieldPolicy.mayViewWeek(administrator)).isTrue();
    assertThat(FieldPolicy.mayViewWeek(moderator)).isFalse();
    assertThat(FieldPolicy.mayViewWeek(reporter)).isFalse();
    assertThat(FieldPolicy.mayBuildWeek(coordinator)).isTrue();
    assertThat(FieldPolicy.mayBuildWeek(administrator)).isFalse();
    assertThat(FieldPolicy.mayReviewWeeklyReports(moderator)).isTrue();
    assertThat(FieldPolicy.mayReviewWeeklyReports(administrator)).isTrue();
    assertThat(FieldPolicy.mayReviewWeeklyReports(coordinator)).isFalse();
  }

  @Test
  void startingAWeekTwiceOpensTheSameWeek() {
    EstWeek first = startWeek.start(municipality, number, coordinator);
    EstWeek again = startWeek.start(municipality, number, coordinator);
    assertThat(again.id()).isEqualTo(first.id());
    assertThat(first.open()).isTrue();
  }

  @Test
  void theChecklistRecordsWhoTickedAndRefusesNotesWithPersonalData() {
    EstWeek week = startWeek.start(municipality, number, coordinator);
    updateChecklist.update(
        week,
        Map.of(
            "police", new UpdateEstChecklist.Entry(true, "Lugnt enligt polisen."),
            "rumours", new UpdateEstChecklist.Entry(false, "")),
        coordinator);
    var police = item(week, "police");
    assertThat(police.done()).isTrue();
    assertThat(police.doneByName()).isEqualTo("Siv Samordnare");
    assertThat(police.doneAt()).isNotNull();
    assertThat(police.note()).isEqualTo("Lugnt enligt polisen.");

    assertThatThrownBy(
            () ->
                updateChecklist.update(
                    week,
                    Map.of(
                        "housing",
                        new UpdateEstChecklist.Entry(true, "Ring Anna Svensson på 070-123 45 67")),
                    coordinator))
        .isInstanceOfSatisfying(
            EstRuleViolation.class,
            v -> {
              assertThat(v.field()).isEqualTo("note-housing");
              assertThat(v.messageKey()).isEqualTo("field.week.error.personalData");
            });
    assertThat(item(week, "housing").done()).isFalse();
  }

  EstChecklist.Item item(EstWeek week, String key) {
    return weeks.checklist(week).stream()
        .filter(i -> i.key().equals(key))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void actionsBecomeMeasuresAndAreFollowedUpTheWeekAfter() {
    EstWeek week = startWeek.start(municipality, number, coordinator);
    UUID token = UUID.randomUUID();
    PlanWeekAction.Input input =
        new PlanWeekAction.Input(
            token,
            "Extra kvällsvandring vid Södra hamnen",
            "Två vuxna går runt hamnen fredag och lördag kväll.",
            "Fältgruppen",
            OwnerKind.MUNICIPALITY,
            null);
    MeasureId id = planAction.plan(week, input, coordinator);
    assertThat(planAction.plan(week, input, coordinator)).isEqualTo(id);
    var measure = measures.find(municipality, id).orElseThrow();
    assertThat(measure.kind()).isEqualTo(se.trygghetsdialog.measure.MeasureKind.MEASURE);
    assertThat(measure.horizon()).isEqualTo(se.trygghetsdialog.measure.Horizon.SHORT_TERM);
    assertThat(measure.owner()).isEqualTo("Fältgruppen");
    assertThat(measure.followUpOn()).isEqualTo(number.next().sunday());
    assertThat(weeks.planned(week)).extracting(p -> p.measure().id()).containsExactly(id);

    EstWeek next = startWeek.start(municipality, number.next(), coordinator);
    assertThat(weeks.followUps(next))
        .singleElement()
        .satisfies(f -> assertThat(f.outcome()).isNull());
    followUp.record(next, id.value(), WeekFollowUpOutcome.PARTLY, "Bara fredag.", coordinator);
    assertThat(weeks.followUps(next))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.outcome()).isEqualTo(WeekFollowUpOutcome.PARTLY);
              assertThat(f.comment()).isEqualTo("Bara fredag.");
            });
    assertThatThrownBy(
            () ->
                followUp.record(next, UUID.randomUUID(), WeekFollowUpOutcome.DONE, "", coordinator))
        .isInstanceOf(se.trygghetsdialog.shared.NotFoundException.class);
  }

  @Test
  void aClosedWeekIsReadOnly() {
    EstWeek week = startWeek.start(municipality, number, coordinator);
    closeWeek.close(week, coordinator);
    EstWeek closed = weeks.find(municipality, number).orElseThrow();
    assertThat(closed.open()).isFalse();
    assertThatThrownBy(
            () ->
                updateChecklist.update(
                    closed, Map.of("police", new UpdateEstChecklist.Entry(true, "")), coordinator))
        .isInstanceOf(EstRuleViolation.class);
    assertThatThrownBy(() -> draft.create(closed, coordinator))
        .isInstanceOf(EstRuleViolation.class);
    assertThatThrownBy(() -> closeWeek.close(closed, coordinator))
        .isInstanceOf(EstRuleViolation.class);
  }

  @Test
  void theDraftIsPrefilledFromTheWeek() {
    PlaceCategory category = categories.all(municipality).get(0);
    HeatGrid grid = HeatGrid.over(settings.of(municipality), HeatGrid.HEAT_CELL_METRES);
    EstTestData data = new EstTestData(jdbc, municipality, reporter.accountId());
    UUID hosts = data.report("TRYGGHETSVARD");
    for (int day = 1; day <= 5; day++) {
      data.event(
          hosts,
          category.id(),
          EstTestData.inside(grid, new HeatGrid.Cell(5, 5)),
          "Södra hamnen",
          null,
          EstTestData.at(number, day, 17, 30),
          270,
          "x");
    }
    UUID guards = data.report("VAKTARE");
    data.event(
        guards,
        category.id(),
        EstTestData.inside(grid, new HeatGrid.Cell(5, 5)),
        "Kyrkviken",
        null,
        EstTestData.at(number, 6, 22, 0),
        45,
        "x");
    EstWeek week = startWeek.start(municipality, number, coordinator);

    WeeklyReport report = draft.create(week, coordinator);

    assertThat(draft.create(week, coordinator).id()).isEqualTo(report.id());
    assertThat(report.status()).isEqualTo(WeeklyReportStatus.DRAFT);
    assertThat(report.title()).isEqualTo("Förstärkt trygghetsarbete – vecka " + number.week());
    assertThat(report.appeal()).startsWith("Alla behövs");
    assertThat(report.presence())
        .contains(
            "Trygghetsvärdar: 5 dagar (måndag, tisdag, onsdag, torsdag, fredag), ungefär kl. 17–22.")
        .contains("Väktarbolagets ronder: 1 dag (lördag), ungefär kl. 22–23.");
    assertThat(report.places())
        .extracting(WeeklyReport.Place::place, WeeklyReport.Place::incidents)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Södra hamnen", category.nameSv() + ": 5"),
            org.assertj.core.groups.Tuple.tuple("Kyrkviken", category.nameSv() + ": 1"));
  }

  @Test
  void aShiftAcrossMidnightIsPresentFromItsEveningStartToItsNightEnd() {
    PlaceCategory category = categories.all(municipality).get(0);
    HeatGrid grid = HeatGrid.over(settings.of(municipality), HeatGrid.HEAT_CELL_METRES);
    EstTestData data = new EstTestData(jdbc, municipality, reporter.accountId());
    UUID team = data.report("FALTARE");
    // Friday evening 21:00–23:30, then the same shift's last round 01:00–01:30 on Saturday.
    data.event(
        team,
        category.id(),
        EstTestData.inside(grid, new HeatGrid.Cell(5, 5)),
        "Södra hamnen",
        null,
        EstTestData.at(number, 5, 21, 0),
        150,
        "x");
    data.event(
        team,
        category.id(),
        EstTestData.inside(grid, new HeatGrid.Cell(5, 5)),
        "Södra hamnen",
        null,
        EstTestData.at(number, 6, 1, 0),
        30,
        "x");
    // A single event that itself runs past midnight.
    UUID guards = data.report("VAKTARE");
    data.event(
        guards,
        category.id(),
        EstTestData.inside(grid, new HeatGrid.Cell(5, 5)),
        "Kyrkviken",
        null,
        EstTestData.at(number, 3, 23, 15),
        90,
        "x");
    EstWeek week = startWeek.start(municipality, number, coordinator);

    WeeklyReport report = draft.create(week, coordinator);

    assertThat(report.presence())
        .contains("Fältteam: 2 dagar (fredag, lördag), ungefär kl. 21–02.")
        .contains("Väktarbolagets ronder: 1 dag (onsdag), ungefär kl. 23–01.");
  }

  WeeklyReport submitted() {
    EstWeek week = startWeek.start(municipality, number, coordinator);
    WeeklyReport report = draft.create(week, coordinator);
    draft.save(
        report,
        new DraftWeeklyReport.Input(
            report.title(),
            report.appeal(),
            "Fältteam: alla dagar kl. 18–23.",
            "Fotbollsturnering på Kronbergsvallen.",
            List.of(new WeeklyReport.Place("Södra hamnen", "Skadegörelse", "Ökad närvaro"))));
    submit.submit(reports.ofWeek(week).orElseThrow(), coordinator);
    return reports.ofWeek(week).orElseThrow();
  }

  @Test
  void textsWithPersonalDataAreRefusedAndNothingIsSaved() {
    EstWeek week = startWeek.start(municipality, number, coordinator);
    WeeklyReport report = draft.create(week, coordinator);
    assertThatThrownBy(
            () ->
                draft.save(
                    report,
                    new DraftWeeklyReport.Input(
                        report.title(),
                        report.appeal(),
                        "",
                        "Kalle Andersson, 19850101-1234, bröt sig in.",
                        List.of())))
        .isInstanceOfSatisfying(
            EstRuleViolation.class, v -> assertThat(v.field()).isEqualTo("activities"));
    assertThat(reports.ofWeek(week).orElseThrow().activities()).isEmpty();
  }

  @Test
  void aSecondPersonApprovesAndOnlyThenIsTheReportPublic() {
    WeeklyReport report = submitted();
    assertThat(report.status()).isEqualTo(WeeklyReportStatus.SUBMITTED);
    assertThat(reports.published(municipality, number)).isEmpty();
    assertThat(FieldPolicy.mayApproveWeeklyReport(coordinator, report)).isFalse();
    assertThat(FieldPolicy.mayApproveWeeklyReport(moderator, report)).isTrue();
    assertThat(FieldPolicy.mayApproveWeeklyReport(administrator, report)).isTrue();
    assertThatThrownBy(() -> publish.approve(report, coordinator))
        .isInstanceOf(AccessDeniedException.class);

    publish.approve(report, moderator);

    WeeklyReport published = reports.published(municipality, number).orElseThrow();
    assertThat(published.publishedAt()).isNotNull();
    assertThat(published.places())
        .containsExactly(new WeeklyReport.Place("Södra hamnen", "Skadegörelse", "Ökad närvaro"));
    assertThatThrownBy(() -> publish.approve(published, administrator))
        .isInstanceOf(StaleForm.class);
  }

  @Test
  void nobodyApprovesTheirOwnReportNotEvenAnAdministrator() {
    EstWeek week = startWeek.start(municipality, number, coordinatingAdmin);
    WeeklyReport report = draft.create(week, coordinatingAdmin);
    submit.submit(report, coordinatingAdmin);
    WeeklyReport waiting = reports.ofWeek(week).orElseThrow();
    assertThat(FieldPolicy.mayApproveWeeklyReport(coordinatingAdmin, waiting)).isFalse();
    assertThatThrownBy(() -> publish.approve(waiting, coordinatingAdmin))
        .isInstanceOf(AccessDeniedException.class);
    publish.approve(waiting, administrator);
    assertThat(reports.published(municipality, number)).isPresent();
  }

  @Test
  void aReturnedReportGoesBackToTheCoordinatorWithTheComment() {
    WeeklyReport report = submitted();
    assertThatThrownBy(() -> publish.returnToCoordinator(report, " ", moderator))
        .isInstanceOfSatisfying(
            EstRuleViolation.class,
            v -> assertThat(v.messageKey()).isEqualTo("field.weekly.error.commentRequired"));
    publish.returnToCoordinator(report, "Korta ner aktiviteterna.", moderator);
    WeeklyReport returned = reports.find(municipality, report.id()).orElseThrow();
    assertThat(returned.status()).isEqualTo(WeeklyReportStatus.RETURNED);
    assertThat(returned.returnComment()).isEqualTo("Korta ner aktiviteterna.");
    assertThat(returned.editable()).isTrue();
    assertThat(reports.published(municipality, number)).isEmpty();
    submit.submit(returned, coordinator);
    assertThat(reports.find(municipality, report.id()).orElseThrow().status())
        .isEqualTo(WeeklyReportStatus.SUBMITTED);
  }
}
