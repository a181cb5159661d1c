package se.trygghetsdialog.walk;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import se.trygghetsdialog.geo.Coordinates;
import se.trygghetsdialog.geo.PlaceCategories;
import se.trygghetsdialog.geo.PlaceCategory;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.shared.DemoData;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.SecretTokens;
import se.trygghetsdialog.shared.Tenant;
import se.trygghetsdialog.tenancy.Area;
import se.trygghetsdialog.tenancy.Areas;
import se.trygghetsdialog.tenancy.Municipalities;
import se.trygghetsdialog.tenancy.Organisation;
import se.trygghetsdialog.tenancy.Organisations;

/**
 * Lysekil demo data for safety walks: a completed walk around Södra hamnen and Kungstorget with a
 * sent and published protocol (statuses changed since), and a planned follow-up walk open for
 * registration. Does nothing if the municipality already has walks.
 */
@DemoData
@Order(540)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class WalkDemoData implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(WalkDemoData.class);

  private final Municipalities municipalities;
  private final Walks walks;
  private final PlanWalk planWalk;
  private final RecordWalkPoint recordPoint;
  private final SendWalkProtocol sendProtocol;
  private final ChangePointStatus changeStatus;
  private final WalkRepository repository;
  private final StaffAccounts accounts;
  private final Organisations organisations;
  private final Areas areas;
  private final PlaceCategories categories;

  private static final List<RouteStop> ROUTE =
      List.of(
          new RouteStop("Lysekils busstation", new Coordinates(58.2770, 11.4370)),
          new RouteStop("Kungstorget", new Coordinates(58.2746, 11.4352)),
          new RouteStop("Kungsgatan", new Coordinates(58.2748, 11.4361)),
          new RouteStop("Södra hamnen", new Coordinates(58.2725, 11.4375)),
          new RouteStop("Strandvägen", new Coordinates(58.2725, 11.4340)));

  @Override
  public void run(ApplicationArguments args) {
    municipalities.byCode("1484").map(Tenant::id).ifPresent(this::load);
  }

  private void load(MunicipalityId m) {
    if (!walks.all(m).isEmpty()) {
      return;
    }
    Optional<StaffPrincipal> coordinator =
        accounts.findByEmail(m, "trygghetssamordnare@lysekil.example").map(accounts::actingAs);
    if (coordinator.isEmpty()) {
      return;
    }
    log.info("Loading the Lysekil safety-walk demo data");
    StaffPrincipal staff = coordinator.get();
    Map<String, UUID> org =
        organisations.all(m).stream()
            .collect(Collectors.toMap(Organisation::name, Organisation::id, (a, b) -> a));
    Map<String, UUID> category =
        categories.all(m).stream()
            .collect(Collectors.toMap(PlaceCategory::code, PlaceCategory::id, (a, b) -> a));
    UUID area =
        areas.all(m).stream()
            .filter(a -> a.name().equals("Lysekil"))
            .map(Area::id)
            .findFirst()
            .orElse(null);
    List<PlanWalk.Invitation> invitations =
        List.of(
                new String[] {"Tekniska avdelningen", "tekniska@lysekil.example"},
                new String[] {"Avdelningen för Service", "service@lysekil.example"},
                new String[] {"Polisen, lokalpolisområdet", "polisen@lysekil.example"},
                new String[] {"LysekilsBostäder AB", "partner@lysekil.example"})
            .stream()
            .filter(pair -> org.containsKey(pair[0]))
            .map(pair -> new PlanWalk.Invitation(org.get(pair[0]), pair[1]))
            .toList();
    if (invitations.isEmpty()) {
      return;
    }
    UUID earlier =
        plan(
            m,
            "Trygghetsvandring Södra hamnen och Kungstorget",
            area,
            "Vi går från busstationen via Kungstorget ner till Södra hamnen en kväll i september,"
                + " när det har blivit mörkt.",
            LocalDateTime.of(2026, 9, 1, 18, 0),
            LocalDateTime.of(2026, 9, 17, 19, 30),
            LocalDateTime.of(2026, 10, 6, 18, 0),
            invitations,
            null,
            staff);
    // The walk has taken place, so registration is closed: its walkers are stored directly.
    for (int i = 0; i < 9; i++) {
      repository.takePlace(earlier);
      repository.insertRegistration(
          UUID.randomUUID(),
          earlier,
          "",
          null,
          i % 3 == 0 ? WalkerGroup.ASSOCIATION : WalkerGroup.INDIVIDUAL,
          "",
          false,
          SecretTokens.hash(SecretTokens.newToken()));
    }
    LocalDate walkDay = LocalDate.of(2026, 9, 17);
    UUID technical = invitations.get(0).organisationId();
    UUID service = invitations.size() > 1 ? invitations.get(1).organisationId() : technical;
    UUID housing = invitations.get(invitations.size() - 1).organisationId();
    UUID p1 =
        point(
            m,
            earlier,
            staff,
            new Coordinates(58.27255, 11.43745),
            "Södra hamnen",
            category.get("LIGHTING"),
            false,
            "Belysningen längs kajen är släckt efter klockan 22.",
            "Byt armaturer och låt belysningen vara tänd hela natten.",
            technical,
            PointPriority.HIGH,
            walkDay.plusMonths(2));
    UUID p2 =
        point(
            m,
            earlier,
            staff,
            new Coordinates(58.27465, 11.43525),
            "Kungstorget",
            category.get("VEGETATION_SIGHT"),
            false,
            "Buskarna vid torgets södra sida skymmer gångvägen.",
            "Beskär buskaget till en meters höjd.",
            technical,
            PointPriority.MEDIUM,
            walkDay.plusMonths(1));
    UUID p3 =
        point(
            m,
            earlier,
            staff,
            new Coordinates(58.27485, 11.43610),
            "Kungsgatan",
            category.get("LITTER"),
            false,
            "Överfulla papperskorgar vid busshållplatsen.",
            "Töm papperskorgarna oftare på helger.",
            service,
            PointPriority.LOW,
            walkDay.plusWeeks(3));
    point(
        m,
        earlier,
        staff,
        new Coordinates(58.27700, 11.43690),
        "Lysekils busstation",
        category.get("SAFE_PLACE"),
        true,
        "Väntsalen är ljus och öppen, många känner sig trygga här.",
        "Behåll öppettiderna och belysningen.",
        housing,
        PointPriority.LOW,
        walkDay.plusMonths(6));
    sendProtocol.send(
        m,
        earlier,
        staff,
        "/trygghetsvandringar/" + earlier + "/protokoll",
        "/personal/trygghetsvandringar/" + earlier);
    changeStatus.change(
        m, earlier, p1, PointStatus.IN_PROGRESS, "Nya armaturer är beställda.", staff, null);
    changeStatus.change(
        m, earlier, p2, PointStatus.DONE, "Buskaget beskars i oktober.", staff, null);
    changeStatus.change(
        m,
        earlier,
        p3,
        PointStatus.NOT_DONE,
        "Tömningen sköts redan av entreprenören enligt avtal; vi följer upp avtalet.",
        staff,
        null);

    plan(
        m,
        "Uppföljning: Södra hamnen och Kungstorget",
        area,
        "Vi går samma väg igen och ser vad som har hänt sedan i september.",
        LocalDateTime.of(2027, 1, 12, 18, 0),
        LocalDateTime.of(2027, 1, 28, 18, 30),
        LocalDateTime.of(2027, 2, 16, 18, 0),
        invitations,
        earlier,
        staff);
  }

  /**
   * Plans a demo walk along the route for 20 walkers, following up an earlier one if given: a start
   * meeting at the library, the walk from the bus station, and a follow-up meeting at the library.
   */
  private UUID plan(
      MunicipalityId m,
      String title,
      @Nullable UUID area,
      String description,
      LocalDateTime startMeeting,
      LocalDateTime walkStart,
      LocalDateTime followUpMeeting,
      List<PlanWalk.Invitation> invitations,
      @Nullable UUID followUpOf,
      StaffPrincipal staff) {
    List<Meeting> meetings =
        List.of(
            new Meeting(startMeeting, "Lysekils bibliotek"),
            new Meeting(walkStart, "Lysekils busstation"),
            new Meeting(followUpMeeting, "Lysekils bibliotek"));
    return planWalk.plan(
        m,
        new PlanWalk.Input(
            title, area, description, meetings, invitations, 20, ROUTE, null, followUpOf),
        staff);
  }

  private UUID point(
      MunicipalityId m,
      UUID walk,
      StaffPrincipal staff,
      Coordinates at,
      String place,
      UUID category,
      boolean safe,
      String observation,
      String action,
      UUID owner,
      PointPriority priority,
      LocalDate deadline) {
    return recordPoint
        .record(
            m,
            walk,
            new RecordWalkPoint.Input(
                UUID.randomUUID(),
                at,
                place,
                category,
                safe,
                observation,
                action,
                owner,
                priority,
                deadline,
                null),
            staff)
        .pointId();
  }
}
