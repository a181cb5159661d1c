package se.trygghetsdialog.place;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import se.trygghetsdialog.geo.Coordinates;
import se.trygghetsdialog.geo.Gazetteer;
import se.trygghetsdialog.geo.GazetteerKind;
import se.trygghetsdialog.geo.ImportGazetteer;
import se.trygghetsdialog.geo.PlaceCategories;
import se.trygghetsdialog.geo.PlaceCategory;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.moderation.ApproveContent;
import se.trygghetsdialog.moderation.ModerationQueue;
import se.trygghetsdialog.shared.DemoData;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.Tenant;
import se.trygghetsdialog.tenancy.Areas;
import se.trygghetsdialog.tenancy.Municipalities;
import se.trygghetsdialog.tenancy.Organisations;

/**
 * Lysekil demo data for the safety map: the gazetteer (the localities of the demo areas and a dozen
 * central places with approximate coordinates) and a few reports, most of them approved. Runs after
 * the general demo data and does nothing if the gazetteer already has names.
 */
@DemoData
@Order(200)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PlaceDemoData implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(PlaceDemoData.class);

  private record Place(String name, GazetteerKind kind, double lat, double lon) {}

  // Approximate positions; good enough to find a place, not for surveying.
  private static final List<Place> CENTRAL =
      List.of(
          new Place("Lysekils busstation", GazetteerKind.LANDMARK, 58.2770, 11.4370),
          new Place("Havets hus", GazetteerKind.LANDMARK, 58.2720, 11.4330),
          new Place("Lysekils kyrka", GazetteerKind.LANDMARK, 58.2755, 11.4320),
          new Place("Lysekils bibliotek", GazetteerKind.LANDMARK, 58.2760, 11.4360),
          new Place("Kungsgatan", GazetteerKind.STREET, 58.2748, 11.4361),
          new Place("Strandvägen", GazetteerKind.STREET, 58.2725, 11.4340),
          new Place("Södra hamnen", GazetteerKind.LANDMARK, 58.2725, 11.4375),
          new Place("Norra hamnen", GazetteerKind.LANDMARK, 58.2790, 11.4390),
          new Place("Gamlestan", GazetteerKind.LOCALITY, 58.2700, 11.4290),
          new Place("Pinnevik", GazetteerKind.LANDMARK, 58.2680, 11.4250),
          new Place("Stångehuvud", GazetteerKind.LANDMARK, 58.2650, 11.4270),
          new Place("Kristineberg", GazetteerKind.LANDMARK, 58.2490, 11.4440));

  private final Municipalities municipalities;
  private final Areas areas;
  private final Gazetteer gazetteer;
  private final ImportGazetteer importGazetteer;
  private final PlaceCategories categories;
  private final ReportPlace reportPlace;
  private final ModerationQueue queue;
  private final ApproveContent approve;
  private final StaffAccounts accounts;
  private final Organisations organisations;
  private final PlaceRouting routing;

  private static final Map<String, String> ROUTES =
      Map.of(
          "LIGHTING", "Tekniska avdelningen",
          "MAINTENANCE", "Tekniska avdelningen",
          "VEGETATION_SIGHT", "Tekniska avdelningen",
          "GRAFFITI", "Tekniska avdelningen",
          "DAMAGE", "Tekniska avdelningen",
          "LITTER", "Avdelningen för Service",
          "GATHERING", "Trygghetsgruppen",
          "DISORDER", "Trygghetsgruppen");

  /** Lysekil's routes, added where missing (idempotent). */
  private void seedRoutes(MunicipalityId m) {
    var byName = new java.util.HashMap<String, UUID>();
    organisations.all(m).forEach(o -> byName.put(o.name(), o.id()));
    categories
        .all(m)
        .forEach(
            c -> {
              String organisation = ROUTES.get(c.code());
              if (organisation != null && byName.containsKey(organisation)) {
                routing.addRoute(m, c.id(), byName.get(organisation));
              }
            });
  }

  /** LysekilsBostäder's area around central Lysekil, added if it has none (idempotent). */
  private void seedAreaRoutes(MunicipalityId m) {
    organisations.all(m).stream()
        .filter(o -> o.name().equals("LysekilsBostäder AB"))
        .findFirst()
        .filter(
            o -> routing.areaRoutes(m).stream().noneMatch(a -> a.organisationId().equals(o.id())))
        .ifPresent(
            o ->
                routing.addAreaRoute(
                    m, o.id(), "Centrala Lysekil", new Coordinates(58.274, 11.436), 600));
  }

  @Override
  public void run(ApplicationArguments args) {
    municipalities.byCode("1484").map(Tenant::id).ifPresent(this::seed);
  }

  private void seed(MunicipalityId m) {
    seedRoutes(m);
    seedAreaRoutes(m);
    if (gazetteer.size(m) > 0) {
      return;
    }
    log.info("Loading the Lysekil safety-map demo data");
    areas
        .all(m)
        .forEach(
            a -> {
              if (a.latitude() != null && a.longitude() != null) {
                importGazetteer.put(
                    m,
                    a.name(),
                    GazetteerKind.LOCALITY,
                    new Coordinates(a.latitude(), a.longitude()));
              }
            });
    CENTRAL.forEach(
        p -> importGazetteer.put(m, p.name(), p.kind(), new Coordinates(p.lat(), p.lon())));

    var moderator =
        accounts.findByEmail(m, "moderator@lysekil.example").map(accounts::actingAs).orElse(null);
    report(
        m,
        "LIGHTING",
        58.2771,
        11.4372,
        TimeOfDay.EVENING,
        DayOfWeek.FRIDAY,
        "Flera lampor vid busstationen är trasiga. Det är mörkt vid väntkuren på kvällen.",
        moderator,
        true);
    report(
        m,
        "VEGETATION_SIGHT",
        58.2712,
        11.4301,
        TimeOfDay.NIGHT,
        null,
        "Buskarna längs gångvägen har vuxit igen så att man inte ser vem som kommer.",
        moderator,
        true);
    report(
        m,
        "SAFE_PLACE",
        58.2722,
        11.4333,
        TimeOfDay.DAY,
        DayOfWeek.SUNDAY,
        "Fint och trivsamt vid Havets hus, mycket folk i rörelse och bra belysning.",
        moderator,
        true);
    report(
        m,
        "GRAFFITI",
        58.2791,
        11.4392,
        TimeOfDay.DAY,
        null,
        "Mycket klotter på väggen vid norra hamnen.",
        moderator,
        false);
  }

  private void report(
      MunicipalityId m,
      String code,
      double lat,
      double lon,
      TimeOfDay time,
      @org.jspecify.annotations.Nullable DayOfWeek weekday,
      String text,
      se.trygghetsdialog.identity.@org.jspecify.annotations.Nullable StaffPrincipal moderator,
      boolean approved) {
    PlaceCategory category =
        categories.all(m).stream().filter(c -> c.code().equals(code)).findFirst().orElse(null);
    if (category == null) {
      return;
    }
    ReportPlace.Receipt receipt =
        reportPlace.report(
            m,
            new ReportPlace.Input(
                category.id(),
                new Coordinates(lat, lon),
                List.of(),
                time,
                weekday,
                text,
                null,
                null,
                null,
                null,
                Locale.forLanguageTag("sv")));
    if (approved && moderator != null) {
      queue
          .byContent(m, PlaceReport.CONTENT_TYPE, receipt.id().value())
          .ifPresent(
              item -> {
                try {
                  approve.approve(m, item.id(), text, moderator);
                } catch (se.trygghetsdialog.moderation.ModerationRuleViolation flagged) {
                  // Screening found something to check: it waits in the queue like any report.
                }
              });
    }
  }
}
