package se.trygghetsdialog.perspective;

import java.util.List;
import se.trygghetsdialog.dialogue.DialoguePolicy;
import se.trygghetsdialog.dialogue.TeamMember;
import se.trygghetsdialog.identity.StaffPrincipal;

/** Who may do what with a dialogue's themes, contacts and perspectives — the only place. */
public final class PerspectivePolicy {

  /** The longest theme name. */
  public static final int MAX_NAME = 100;

  /** The longest theme description. */
  public static final int MAX_DESCRIPTION = 1000;

  /** The longest perspective text. */
  public static final int MAX_TEXT = 2000;

  /** The most people one contact may count (a large meeting). */
  public static final int MAX_PEOPLE = 10000;

  private PerspectivePolicy() {}

  /**
   * Staff who may read dialogues may read the perspective map (texts masked unless in the team).
   */
  public static boolean mayView(StaffPrincipal staff) {
    return DialoguePolicy.mayView(staff);
  }

  /**
   * Only the dialogue's team, its process leader included, defines themes, logs contacts and
   * records perspectives; and only they see flagged texts unmasked.
   */
  public static boolean mayEdit(StaffPrincipal staff, List<TeamMember> team) {
    return team.stream().anyMatch(m -> m.accountId().equals(staff.accountId()));
  }
}
