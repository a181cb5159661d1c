package se.trygghetsdialog.dialogue;

import java.util.List;
import se.trygghetsdialog.identity.Role;
import se.trygghetsdialog.identity.StaffPrincipal;

/** "May this person do this with a dialogue now?" — the only place these rules live. */
public final class DialoguePolicy {

  private DialoguePolicy() {}

  /** Process leaders and administrators record decisions and create dialogues. */
  public static boolean mayCreate(StaffPrincipal staff) {
    return staff.has(Role.PROCESS_LEADER) || staff.has(Role.ADMINISTRATOR);
  }

  /** Staff who work with dialogues may read the staff pages (elected officials read only). */
  public static boolean mayView(StaffPrincipal staff) {
    return mayCreate(staff)
        || staff.has(Role.CONVERSATION_LEADER)
        || staff.has(Role.ELECTED_OFFICIAL)
        || staff.has(Role.MODERATOR);
  }

  /**
   * An administrator, or a process leader in this dialogue's team, manages the charter, team, plan
   * and steps.
   */
  public static boolean mayManage(StaffPrincipal staff, List<TeamMember> team) {
    if (staff.has(Role.ADMINISTRATOR)) {
      return true;
    }
    return staff.has(Role.PROCESS_LEADER)
        && team.stream()
            .anyMatch(
                m ->
                    m.accountId().equals(staff.accountId()) && m.role() == TeamRole.PROCESS_LEADER);
  }

  /**
   * A member of this dialogue's team (its process leader or any other role) works with its
   * material: sessions, evaluation and lessons. Administrators and staff outside the team may not.
   */
  public static boolean mayWorkOn(StaffPrincipal staff, List<TeamMember> team) {
    return team.stream().anyMatch(m -> m.accountId().equals(staff.accountId()));
  }

  /**
   * Whether the dialogue may move from its current step to {@code target}: only to the next step
   * (an information activity skips participation steps), and it may leave step 1 only with a
   * complete charter and a team.
   *
   * @throws DialogueRuleViolation naming the field and message key of the first rule broken
   */
  public static void checkStepChange(
      Dialogue dialogue, DialogueStep target, String feedback, List<TeamMember> team) {
    if (feedback.isBlank()) {
      throw new DialogueRuleViolation("feedback", "dialogue.error.feedback.required");
    }
    if (dialogue.nextStep().filter(next -> next == target).isEmpty()) {
      throw new DialogueRuleViolation("target", "dialogue.error.step.notNext");
    }
    if (dialogue.step() == DialogueStep.PREPARATION) {
      if (!dialogue.charter().complete()) {
        throw new DialogueRuleViolation("target", "dialogue.error.step.charterIncomplete");
      }
      if (team.stream().noneMatch(m -> m.role() == TeamRole.PROCESS_LEADER)) {
        throw new DialogueRuleViolation("target", "dialogue.error.step.noTeam");
      }
    }
  }
}
