package se.trygghetsdialog.analysis;

import java.util.List;
import se.trygghetsdialog.dialogue.DialoguePolicy;
import se.trygghetsdialog.dialogue.TeamMember;
import se.trygghetsdialog.identity.StaffPrincipal;

/** Who may do what with a dialogue's reports: the only place these rules live. */
public final class AnalysisPolicy {

  private AnalysisPolicy() {}

  /**
   * The dialogue's team (its process leader and the other members) reads the draft and freezes a
   * version; staff outside the team may not. Frozen versions are public.
   */
  public static boolean mayFreeze(StaffPrincipal staff, List<TeamMember> team) {
    return DialoguePolicy.mayWorkOn(staff, team);
  }
}
