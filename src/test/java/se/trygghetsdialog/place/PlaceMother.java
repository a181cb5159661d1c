package se.trygghetsdialog.place;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.trygghetsdialog.geo.Coordinates;
import se.trygghetsdialog.geo.PlaceCategories;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.moderation.ApproveContent;
import se.trygghetsdialog.moderation.ModerationQueue;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.support.TestSpots;

/**
 * Test data for place reports, with sensible defaults: reported in the evening, in Swedish, at a
 * spot no other test uses ({@link TestSpots#next()}), without photo, age, gender or address.
 */
public final class PlaceMother {

  private PlaceMother() {}

  /** A short marker that makes a test's texts its own; letters first, never read as a number. */
  public static String unique() {
    return "t" + UUID.randomUUID().toString().substring(0, 6);
  }

  /** The municipality's category with this code (such as {@code LIGHTING} or {@code LITTER}). */
  public static UUID category(
      PlaceCategories categories, MunicipalityId municipality, String code) {
    return categories.all(municipality).stream()
        .filter(c -> c.code().equals(code))
        .findFirst()
        .orElseThrow()
        .id();
  }

  public static ReportPlace.Input report(UUID category, String description) {
    return report(category, TestSpots.next(), description, null);
  }

  /** A report whose reporter gives an address for the receipt and follow-ups. */
  public static ReportPlace.Input report(
      UUID category, String description, @Nullable String email) {
    return report(category, TestSpots.next(), description, email);
  }

  public static ReportPlace.Input report(
      UUID category, Coordinates at, String description, @Nullable String email) {
    return new ReportPlace.Input(
        category,
        at,
        List.of(),
        TimeOfDay.EVENING,
        null,
        description,
        null,
        null,
        null,
        email,
        Locale.forLanguageTag("sv"));
  }

  /**
   * Approves the report in the moderation queue with this public text, as a moderator would.
   * Routing and publication follow by events: await them.
   */
  public static void approve(
      ModerationQueue queue,
      ApproveContent approve,
      MunicipalityId municipality,
      ReportPlace.Receipt receipt,
      String publicText,
      StaffPrincipal moderator) {
    var item =
        queue.byContent(municipality, PlaceReport.CONTENT_TYPE, receipt.id().value()).orElseThrow();
    approve.approve(municipality, item.id(), publicText, moderator);
  }
}
