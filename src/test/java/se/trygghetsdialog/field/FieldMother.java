package se.trygghetsdialog.field;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import se.trygghetsdialog.geo.PlaceCategories;
import se.trygghetsdialog.geo.PlaceCategory;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.support.TestSpots;

/**
 * Test data for field reports and EST weeks, with sensible defaults: an event of three hours ago at
 * a spot of its own, a report with a fresh submission key, a week no other test uses (see {@link
 * EstTestData#freshWeek()}).
 */
final class FieldMother {

  private FieldMother() {}

  /** The municipality's category with this code (such as {@code GATHERING}). */
  static PlaceCategory category(
      PlaceCategories categories, MunicipalityId municipality, String code) {
    return categories.all(municipality).stream()
        .filter(c -> c.code().equals(code))
        .findFirst()
        .orElseThrow();
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

  /**
   * An EST week no other test uses, so that its figures hold only what the test puts there; {@link
   * EstTestData} writes a week's field events and place reports straight into the tables.
   */
  static WeekNumber freshWeek() {
    return EstTestData.freshWeek();
  }
}
