package se.trygghetsdialog.measure;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import se.trygghetsdialog.identity.Role;
import se.trygghetsdialog.identity.StaffPrincipal;

/** "May this person do this with a measure now?" and which status moves exist. */
public final class MeasurePolicy {

  /**
   * The moves staff may make by hand. {@code PROPOSED → DECIDED} is not among them: only a decision
   * with outcome bifall or delvis bifall makes it, so nothing skips the decision.
   */
  private static final Map<MeasureStatus, Set<MeasureStatus>> MANUAL =
      Map.of(
          MeasureStatus.PROPOSED, Set.of(MeasureStatus.CLOSED_WITHOUT_ACTION),
          MeasureStatus.DECIDED,
              Set.of(MeasureStatus.IN_PROGRESS, MeasureStatus.CLOSED_WITHOUT_ACTION),
          MeasureStatus.IN_PROGRESS,
              Set.of(MeasureStatus.DONE, MeasureStatus.CLOSED_WITHOUT_ACTION),
          MeasureStatus.DONE, Set.of(),
          MeasureStatus.CLOSED_WITHOUT_ACTION, Set.of());

  private MeasurePolicy() {}

  /** Process leaders, safety coordinators and administrators manage the register. */
  public static boolean mayManage(StaffPrincipal staff) {
    return staff.has(Role.PROCESS_LEADER)
        || staff.has(Role.SAFETY_COORDINATOR)
        || staff.has(Role.ADMINISTRATOR);
  }

  /** Process leaders, administrators and registrars record decisions. */
  public static boolean mayRecordDecision(StaffPrincipal staff) {
    return staff.has(Role.PROCESS_LEADER)
        || staff.has(Role.ADMINISTRATOR)
        || staff.has(Role.REGISTRAR);
  }

  /** Elected officials read the staff pages, as do all who manage or record decisions. */
  public static boolean mayView(StaffPrincipal staff) {
    return mayManage(staff) || mayRecordDecision(staff) || staff.has(Role.ELECTED_OFFICIAL);
  }

  /** Whether staff may move a measure from one status to another by hand. */
  public static boolean mayMove(MeasureStatus from, MeasureStatus to) {
    return MANUAL.getOrDefault(from, Set.of()).contains(to);
  }

  /** The statuses staff may move a measure to by hand from its current status. */
  public static Set<MeasureStatus> manualTargets(MeasureStatus from) {
    return MANUAL.getOrDefault(from, Set.of());
  }

  /**
   * @throws MeasureRuleViolation if the move is not allowed, or closing without action lacks a
   *     reason
   */
  public static void checkStatusChange(Measure measure, MeasureStatus target, String note) {
    if (!mayMove(measure.status(), target)) {
      throw new MeasureRuleViolation(
          "target",
          target == MeasureStatus.DECIDED
              ? "measure.error.status.onlyByDecision"
              : "measure.error.status.notAllowed");
    }
    if (note.isBlank()) {
      throw new MeasureRuleViolation(
          "note",
          target == MeasureStatus.CLOSED_WITHOUT_ACTION
              ? "measure.error.status.reasonRequired"
              : "measure.error.note.required");
    }
  }

  /**
   * Checks a decision and gives the measure's status after it: bifall or delvis bifall make it
   * decided, avslag or ingen åtgärd close it without action.
   *
   * @throws MeasureRuleViolation naming the first field that is wrong
   */
  public static MeasureStatus statusAfterDecision(
      Measure measure,
      String body,
      @org.jspecify.annotations.Nullable LocalDate decidedOn,
      @org.jspecify.annotations.Nullable DecisionOutcome outcome,
      String reasons,
      LocalDate today) {
    if (body.isBlank()) {
      throw new MeasureRuleViolation("body", "measure.error.decision.body.required");
    }
    if (decidedOn == null) {
      throw new MeasureRuleViolation("decidedOn", "measure.error.decision.date.required");
    }
    if (decidedOn.isAfter(today.plusDays(1))) {
      throw new MeasureRuleViolation("decidedOn", "measure.error.decision.date.future");
    }
    if (outcome == null) {
      throw new MeasureRuleViolation("outcome", "measure.error.decision.outcome.required");
    }
    if (reasons.isBlank()) {
      throw new MeasureRuleViolation("reasons", "measure.error.decision.reasons.required");
    }
    if (measure.status() != MeasureStatus.PROPOSED) {
      throw new MeasureRuleViolation("outcome", "measure.error.decision.notProposed");
    }
    return outcome.goesAhead() ? MeasureStatus.DECIDED : MeasureStatus.CLOSED_WITHOUT_ACTION;
  }
}
