package se.trygghetsdialog.walk;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import se.trygghetsdialog.geo.Coordinates;
import se.trygghetsdialog.geo.PlaceCategories;
import se.trygghetsdialog.identity.Role;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.support.StaffMother;
import se.trygghetsdialog.tenancy.Municipalities;
import se.trygghetsdialog.tenancy.Organisation;
import se.trygghetsdialog.tenancy.OrganisationKind;
import se.trygghetsdialog.tenancy.Organisations;

/** Walks with their own unique organisations, for tests that share one database. */
final class WalkMother {

  static final LocalDate WALK_DAY = LocalDate.of(2027, 3, 18);
  static final Coordinates KUNGSTORGET = new Coordinates(58.27461, 11.43527);

  private WalkMother() {}

  /**
   * A marker that makes a test's texts its own, in letters only: hex digits could make a phone
   * number or a personnummer that screening refuses (it did, now and then, in CI).
   */
  static String unique() {
    StringBuilder marker = new StringBuilder();
    for (char c : UUID.randomUUID().toString().substring(0, 8).toCharArray()) {
      marker.append(Character.isDigit(c) ? (char) ('g' + (c - '0')) : c);
    }
    return marker.toString();
  }

  static StaffPrincipal coordinator(Municipalities municipalities, StaffAccounts accounts) {
    return accounts.actingAs(
        StaffMother.staff(municipalities, accounts, "Samordnare", Role.SAFETY_COORDINATOR));
  }

  static Organisation organisation(
      MunicipalityId municipality, Organisations organisations, String name) {
    return organisations.register(
        municipality, name + " " + unique(), OrganisationKind.DEPARTMENT, null);
  }

  static PlanWalk.Input input(
      String title, int max, List<PlanWalk.Invitation> invitations, UUID previous) {
    return new PlanWalk.Input(
        title,
        null,
        "",
        List.of(
            new Meeting(LocalDateTime.of(2027, 3, 2, 18, 0), "Biblioteket"),
            new Meeting(WALK_DAY.atTime(19, 0), "Busstationen"),
            new Meeting(LocalDateTime.of(2027, 4, 6, 18, 0), "Biblioteket")),
        invitations,
        max,
        List.of(new RouteStop("Kungstorget", KUNGSTORGET)),
        null,
        previous);
  }

  static RecordWalkPoint.Input point(
      PlaceCategories categories,
      MunicipalityId municipality,
      UUID owner,
      String code,
      String observation,
      String action) {
    UUID category =
        categories.all(municipality).stream()
            .filter(c -> c.code().equals(code))
            .findFirst()
            .orElseThrow()
            .id();
    return new RecordWalkPoint.Input(
        UUID.randomUUID(),
        KUNGSTORGET,
        "Kungstorget",
        category,
        false,
        observation,
        action,
        owner,
        PointPriority.HIGH,
        WALK_DAY.plusMonths(1),
        null);
  }
}
