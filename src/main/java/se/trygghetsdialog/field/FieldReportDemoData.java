package se.trygghetsdialog.field;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.trygghetsdialog.geo.Coordinates;
import se.trygghetsdialog.geo.PlaceCategories;
import se.trygghetsdialog.geo.PlaceCategory;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffMember;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.Tenant;
import se.trygghetsdialog.tenancy.Municipalities;

/**
 * Lysekil demo data for field work: three reports by the demo rapportör from the last days (with
 * fixed submission keys, so loading twice files nothing twice) and two rumours, one with a
 * published clarification; then the EST weeks ({@link EstWeekDemoData}).
 */
@Component
@Order(500)
@ConditionalOnBooleanProperty(name = "app.demo.enabled")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class FieldReportDemoData implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(FieldReportDemoData.class);

  private final Municipalities municipalities;
  private final StaffAccounts accounts;
  private final PlaceCategories categories;
  private final FileFieldReport fileFieldReport;
  private final RumourLog rumours;
  private final EstWeekDemoData estWeeks;

  @Override
  public void run(ApplicationArguments args) {
    Tenant lysekil = municipalities.byCode("1484").orElse(null);
    if (lysekil == null) {
      return;
    }
    MunicipalityId m = lysekil.id();
    StaffMember reporter = accounts.findByEmail(m, "rapportor@lysekil.example").orElse(null);
    if (reporter != null) {
      LocalDate today = LocalDate.now(FieldPolicy.ZONE);
      file(
          m,
          reporter,
          "demo-1",
          ReporterKind.TRYGGHETSVARD,
          List.of(
              event(
                  m,
                  "GATHERING",
                  58.2770,
                  11.4370,
                  "Lysekils busstation",
                  today.minusDays(2),
                  "21:30",
                  "22:15",
                  12,
                  false,
                  "En grupp ungdomar samlades vid busstationen, hög musik och några flaskor krossades.",
                  "Pratade med gruppen, som gick vidare. Sopade upp glaset."),
              event(
                  m,
                  "LITTER",
                  58.2725,
                  11.4375,
                  "Södra hamnen",
                  today.minusDays(2),
                  "22:40",
                  "22:50",
                  0,
                  false,
                  "Mycket skräp och glas på bryggan.",
                  "Meddelade Avdelningen för Service.")));
      file(
          m,
          reporter,
          "demo-2",
          ReporterKind.FALTARE,
          List.of(
              event(
                  m,
                  "DAMAGE",
                  58.2760,
                  11.4360,
                  "Lysekils bibliotek",
                  today.minusDays(1),
                  "19:00",
                  "19:20",
                  3,
                  true,
                  "Fönster krossat vid bibliotekets entré.",
                  "Ringde polisen och spärrade av med band.")));
    }
    StaffMember coordinator =
        accounts.findByEmail(m, "trygghetssamordnare@lysekil.example").orElse(null);
    if (coordinator != null && rumours.count(m) == 0) {
      log.info("Loading the Lysekil rumour-log demo data");
      try {
        seedRumours(m, coordinator);
      } catch (FieldRuleViolation violation) {
        log.warn("Rumour demo data refused: {}", violation.messageKey());
      }
    }
    estWeeks.run(m);
  }

  private void seedRumours(MunicipalityId m, StaffMember coordinator) {
    {
      UUID published =
          rumours.record(
              m,
              coordinator.id(),
              new RumourLog.Input(
                  "Det sprids att badplatsen vid Pinnevik ska stängas hela sommaren.",
                  RumourChannel.FACEBOOK,
                  OffsetDateTime.now().minusDays(3),
                  null,
                  "Badplatsen vid Pinnevik är öppen som vanligt i sommar. Bryggan renoveras"
                      + " under två veckor i maj, då är en del av stranden avspärrad.",
                  "Badplatsen vid Pinnevik ska stängas hela sommaren."));
      rumours.publish(m, coordinator.id(), published);
      rumours.record(
          m,
          coordinator.id(),
          new RumourLog.Input(
              "På skolan sägs att bussarna slutar gå till Brastad på kvällarna.",
              RumourChannel.SCHOOL,
              OffsetDateTime.now().minusDays(1),
              null,
              "",
              ""));
    }
  }

  private void file(
      MunicipalityId m,
      StaffMember reporter,
      String name,
      ReporterKind kind,
      List<FileFieldReport.EventInput> events) {
    if (events.isEmpty()) {
      return;
    }
    UUID key = UUID.nameUUIDFromBytes(("lysekil-field-" + name).getBytes(StandardCharsets.UTF_8));
    fileFieldReport.file(m, reporter.id(), new FileFieldReport.Input(key, kind, events));
  }

  private List<PlaceCategory> all;

  private FileFieldReport.EventInput event(
      MunicipalityId m,
      String code,
      double lat,
      double lon,
      String place,
      LocalDate day,
      String start,
      String end,
      int people,
      boolean police,
      String what,
      String done) {
    if (all == null) {
      all = categories.all(m);
    }
    UUID category =
        all.stream()
            .filter(c -> c.code().equals(code))
            .map(PlaceCategory::id)
            .findFirst()
            .orElseThrow();
    return new FileFieldReport.EventInput(
        category,
        new Coordinates(lat, lon),
        place,
        day.atTime(LocalTime.parse(start)).atZone(FieldPolicy.ZONE).toOffsetDateTime(),
        day.atTime(LocalTime.parse(end)).atZone(FieldPolicy.ZONE).toOffsetDateTime(),
        people,
        police,
        what,
        done,
        false);
  }
}
