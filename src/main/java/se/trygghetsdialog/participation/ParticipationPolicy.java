package se.trygghetsdialog.participation;

import java.util.List;
import se.trygghetsdialog.dialogue.DialoguePolicy;
import se.trygghetsdialog.dialogue.TeamMember;
import se.trygghetsdialog.identity.Role;
import se.trygghetsdialog.identity.StaffPrincipal;

/** Who may see a dialogue's participation, record its gap check and set the threshold. */
public final class ParticipationPolicy {

  private ParticipationPolicy() {}

  /** Staff who may read dialogues may read their participation (counts only). */
  public static boolean mayView(StaffPrincipal staff) {
    return DialoguePolicy.mayView(staff);
  }

  /**
   * The dialogue's team (any member), its process leader and administrators record the gap check.
   */
  public static boolean mayRecordCheck(StaffPrincipal staff, List<TeamMember> team) {
    return DialoguePolicy.mayManage(staff, team)
        || (mayView(staff) && team.stream().anyMatch(m -> m.accountId().equals(staff.accountId())));
  }

  /** Administrators set the small-cell threshold. */
  public static boolean mayChangeSettings(StaffPrincipal staff) {
    return staff.has(Role.ADMINISTRATOR);
  }
}
