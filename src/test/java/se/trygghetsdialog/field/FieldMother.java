package se.trygghetsdialog.field;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import se.trygghetsdialog.identity.Role;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffMember;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.place.PlaceCategories;
import se.trygghetsdialog.place.PlaceCategory;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.support.StaffMother;
import se.trygghetsdialog.support.TestSpots;
import se.trygghetsdialog.tenancy.Municipalities;

/**
 * Test data for field reports and EST weeks, with sensible defaults: an event of three hours ago at
 * a spot of its own, a report with a fresh submission key, a week no other test uses (see {@link
 * EstTestData#freshWeek()}).
 */
final class FieldMother {

  static final String PASSWORD = "Trygghet2026!";

  private FieldMother() {}

  /** The municipality's category with this code (such as {@code GATHERING}). */
  static PlaceCategory category(
      PlaceCategories categories, MunicipalityId municipality, String code) {
    return categories.all(municipality).stream()
        .filter(c -> c.code().equals(code))
        .findFirst()
        .orElseThrow();
  }

  /** A rapportör with a unique address and the test password. */
  static StaffMember reporter(StaffAccounts accounts, MunicipalityId municipality) {
    return accounts.createWithPassword(
        municipality,
        StaffMother.uniqueEmail("rapportor"),
        "Rapportör Test",
        Set.of(Role.FIELD_REPORTER),
        null,
        PASSWORD);
  }

  /** A safety coordinator (who runs EST weeks), acting. */
  static StaffPrincipal coordinator(Municipalities municipalities, StaffAccounts accounts) {
    return accounts.actingAs(
        StaffMother.staff(municipalities, accounts, "Samordnare EST", Role.SAFETY_COORDINATOR));
  }

  /** A gathering of four people three hours ago that lasted 20 minutes. */
  static FileFieldReport.EventInput event(UUID category) {
    return event(category, OffsetDateTime.now().minusHours(3), "Samling vid busstationen.");
  }

  static FileFieldReport.EventInput event(
      UUID category, OffsetDateTime start, String whatHappened) {
    return new FileFieldReport.EventInput(
        category,
        TestSpots.next(),
        "Lysekils busstation",
        start,
        start.plusMinutes(20),
        4,
        false,
        whatHappened,
        "Pratade med gruppen.",
        false);
  }

  /** A väktare's report of these events under a fresh submission key. */
  static FileFieldReport.Input report(FileFieldReport.EventInput... events) {
    return report(UUID.randomUUID(), events);
  }

  static FileFieldReport.Input report(UUID submissionKey, FileFieldReport.EventInput... events) {
    return new FileFieldReport.Input(submissionKey, ReporterKind.VAKTARE, List.of(events));
  }

  /** A week no other test uses, so that its figures hold only what the test puts there. */
  static WeekNumber freshWeek() {
    return EstTestData.freshWeek();
  }
}
