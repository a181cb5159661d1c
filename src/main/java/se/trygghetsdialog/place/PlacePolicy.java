package se.trygghetsdialog.place;

import java.time.Duration;
import java.time.OffsetDateTime;
import se.trygghetsdialog.geo.Coordinates;
import se.trygghetsdialog.geo.MapSettings;
import se.trygghetsdialog.identity.Role;
import se.trygghetsdialog.identity.StaffPrincipal;

/**
 * Whether something may be reported, and whether a person may do something now: the only place
 * these rules live.
 */
public final class PlacePolicy {

  /** The longest description a resident may write. */
  public static final int MAX_DESCRIPTION = 2000;

  /** The largest photo accepted, in bytes. */
  public static final long MAX_PHOTO_BYTES = 5L * 1024 * 1024;

  /** The most points a route may have. */
  public static final int MAX_ROUTE_POINTS = 50;

  /** A report of the same category this close and this recent is offered as a duplicate. */
  public static final double DUPLICATE_METRES = 50;

  public static final Duration DUPLICATE_WINDOW = Duration.ofDays(7);

  /** A form sent faster than this after it was shown is treated as sent by a robot. */
  public static final Duration MINIMUM_FILL_TIME = Duration.ofSeconds(3);

  private PlacePolicy() {}

  /**
   * @throws PlaceRuleViolation if the point lies outside the municipality
   */
  public static void checkWithin(MapSettings settings, String field, Coordinates point) {
    if (!settings.contains(point)) {
      throw new PlaceRuleViolation(field, "place.error.location.outside");
    }
  }

  /**
   * @throws PlaceRuleViolation if the description is empty or too long
   */
  public static void checkDescription(String description) {
    if (description.isBlank()) {
      throw new PlaceRuleViolation("description", "place.error.description.required");
    }
    if (description.length() > MAX_DESCRIPTION) {
      throw new PlaceRuleViolation("description", "place.error.description.tooLong");
    }
  }

  /** Whether {@code existing} is the same problem as a new report of this category and point. */
  public static boolean isDuplicate(
      PlaceReport existing, java.util.UUID categoryId, Coordinates point, OffsetDateTime now) {
    return existing.categoryId().equals(categoryId)
        && (existing.status() == PlaceReportStatus.PENDING
            || existing.status() == PlaceReportStatus.PUBLISHED)
        && existing.reportedAt().isAfter(now.minus(DUPLICATE_WINDOW))
        && existing.location().metresTo(point) <= DUPLICATE_METRES;
  }

  /** Photos are shown to moderators and administrators only. */
  public static boolean mayViewPhoto(StaffPrincipal staff) {
    return staff.has(Role.MODERATOR) || staff.has(Role.ADMINISTRATOR);
  }

  /** Administrators maintain the categories and the map settings. */
  public static boolean mayAdminister(StaffPrincipal staff) {
    return staff.has(Role.ADMINISTRATOR);
  }

  /** The longest reason for "ingen åtgärd". */
  public static final int MAX_STATUS_REASON = 2000;

  /**
   * Whether an organisation's status on a report may go from {@code current} to {@code next}: NEW →
   * IN_PROGRESS → RESOLVED, or NO_ACTION (with a reason) from NEW or IN_PROGRESS.
   *
   * @throws PlaceRuleViolation if the change is not allowed or the reason is missing
   */
  public static void checkStatusChange(
      AssignmentStatus current, AssignmentStatus next, String reason) {
    boolean allowed =
        switch (next) {
          case NEW -> false;
          case IN_PROGRESS -> current == AssignmentStatus.NEW;
          case RESOLVED, NO_ACTION -> !current.closed();
        };
    if (!allowed) {
      throw new PlaceRuleViolation("status", "place.error.status.notAllowed");
    }
    if (next == AssignmentStatus.NO_ACTION && reason.isBlank()) {
      throw new PlaceRuleViolation("reason", "place.error.status.reasonRequired");
    }
    if (reason.length() > MAX_STATUS_REASON) {
      throw new PlaceRuleViolation("reason", "place.error.status.reasonTooLong");
    }
  }

  /** Administrators see every worklist; other staff that of their own organisation. */
  public static boolean mayWorkOn(
      StaffPrincipal staff,
      java.util.@org.jspecify.annotations.Nullable UUID staffOrganisation,
      java.util.UUID assignedOrganisation) {
    return staff.has(Role.ADMINISTRATOR) || assignedOrganisation.equals(staffOrganisation);
  }

  /** Administrators and process leaders run campaigns. */
  public static boolean mayRunCampaigns(StaffPrincipal staff) {
    return staff.has(Role.ADMINISTRATOR) || staff.has(Role.PROCESS_LEADER);
  }
}
