package se.trygghetsdialog.walk;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import se.trygghetsdialog.geo.Coordinates;
import se.trygghetsdialog.geo.MapSettings;
import se.trygghetsdialog.identity.Role;
import se.trygghetsdialog.identity.StaffPrincipal;

/**
 * The rules of a trygghetsvandring (domain requirements §4, R45–R47), and who may do what. The only
 * place these rules live.
 */
public final class WalkPolicy {

  /** Meetings are 2–3 weeks apart (Socialstyrelsen); outside this is a warning, not an error. */
  public static final int MIN_GAP_DAYS = 14;

  public static final int MAX_GAP_DAYS = 21;

  public static final int DEFAULT_MAX_WALKERS = 20;
  public static final int MIN_WALKERS = 1;
  public static final int MAX_WALKERS = 200;
  public static final int MAX_STOPS = 30;
  public static final int MAX_TEXT = 2000;
  public static final int MAX_TITLE = 200;

  private static final Set<Role> PLANNERS = Set.of(Role.SAFETY_COORDINATOR, Role.PROCESS_LEADER);

  /** A gap between two consecutive meetings outside 14–21 days. */
  public record GapWarning(int afterMeeting, long days) {}

  private WalkPolicy() {}

  /** Coordinators and process leaders plan walks, record protocols and send them. */
  public static boolean mayPlan(StaffPrincipal staff) {
    return PLANNERS.stream().anyMatch(staff::has);
  }

  /**
   * @throws AccessDeniedException unless the staff member plans walks ({@link #mayPlan})
   */
  public static void checkPlanner(StaffPrincipal staff) {
    if (!mayPlan(staff)) {
      throw new AccessDeniedException("not a walk planner");
    }
  }

  /** Planners, and administrators (read only), see every walk with all its points and photos. */
  public static boolean mayReadAll(StaffPrincipal staff) {
    return mayPlan(staff) || staff.has(Role.ADMINISTRATOR);
  }

  /**
   * Besides those who read everything, the staff of an organisation invited to the walk (an owner
   * of points) see the walk's staff page, with only the points their organisation owns; the staff
   * of an organisation a point was shared with count as invited (the caller adds it to {@code
   * invited}) and see that point too.
   */
  public static boolean maySeeWalk(
      StaffPrincipal staff, @Nullable UUID staffOrganisation, Collection<UUID> invited) {
    return mayReadAll(staff) || (staffOrganisation != null && invited.contains(staffOrganisation));
  }

  /** A point's exact position, observation and photo: for those who read all, and its owner. */
  public static boolean maySeePoint(
      StaffPrincipal staff, @Nullable UUID staffOrganisation, UUID owner) {
    return mayReadAll(staff) || owner.equals(staffOrganisation);
  }

  /**
   * As {@link #maySeePoint(StaffPrincipal, UUID, UUID)}, and also for the staff of an organisation
   * the point was shared with ({@code sharedWithThem}: it is among the points shared with them).
   */
  public static boolean maySeePoint(
      StaffPrincipal staff, @Nullable UUID staffOrganisation, UUID owner, boolean sharedWithThem) {
    return maySeePoint(staff, staffOrganisation, owner) || sharedWithThem;
  }

  /** Planners, and the staff of the organisation that owns the point, change a point's status. */
  public static boolean mayChangeStatus(
      StaffPrincipal staff, @Nullable UUID staffOrganisation, UUID owner) {
    return mayPlan(staff) || owner.equals(staffOrganisation);
  }

  /**
   * @throws WalkRuleViolation if there are not three meetings or they are not in time order
   */
  public static void checkMeetingOrder(List<Meeting> meetings) {
    if (meetings.size() != 3) {
      throw new WalkRuleViolation("meeting1Date", "walk.error.meetings.three");
    }
    for (int i = 1; i < meetings.size(); i++) {
      if (!meetings.get(i).at().isAfter(meetings.get(i - 1).at())) {
        throw new WalkRuleViolation("meeting" + (i + 1) + "Date", "walk.error.meetings.order");
      }
    }
  }

  /** The gaps outside 2–3 weeks (meeting order assumed checked). */
  public static List<GapWarning> gapWarnings(List<Meeting> meetings) {
    List<GapWarning> warnings = new ArrayList<>();
    for (int i = 1; i < meetings.size(); i++) {
      long days =
          ChronoUnit.DAYS.between(
              meetings.get(i - 1).at().toLocalDate(), meetings.get(i).at().toLocalDate());
      if (days < MIN_GAP_DAYS || days > MAX_GAP_DAYS) {
        warnings.add(new GapWarning(i, days));
      }
    }
    return warnings;
  }

  /**
   * @throws WalkRuleViolation if the maximum number of walkers is outside 1–200
   */
  public static void checkMaxWalkers(int max) {
    if (max < MIN_WALKERS || max > MAX_WALKERS) {
      throw new WalkRuleViolation("maxWalkers", "walk.error.maxWalkers.range");
    }
  }

  /** Whether one more walker fits. */
  public static boolean hasRoom(int registered, int max) {
    return registered < max;
  }

  /**
   * @throws WalkRuleViolation if the deadline is before the day of the walk
   */
  public static void checkDeadline(LocalDate walkDate, LocalDate deadline) {
    if (deadline.isBefore(walkDate)) {
      throw new WalkRuleViolation("deadline", "walk.error.deadline.beforeWalk");
    }
  }

  /**
   * @throws WalkRuleViolation if the point lies outside the municipality
   */
  public static void checkWithin(MapSettings bounds, String field, Coordinates point) {
    if (!bounds.contains(point)) {
      throw new WalkRuleViolation(field, "walk.error.location.outside");
    }
  }

  /**
   * @throws WalkRuleViolation if NOT_DONE has no reason
   */
  public static void checkStatus(PointStatus status, String reason) {
    if (status == PointStatus.NOT_DONE && reason.isBlank()) {
      throw new WalkRuleViolation("reason", "walk.error.status.reason");
    }
    if (reason.length() > MAX_TEXT) {
      throw new WalkRuleViolation("reason", "walk.error.text.tooLong");
    }
  }
}
