package se.trygghetsdialog.session;

import java.time.LocalDate;
import java.util.UUID;
import se.trygghetsdialog.dialogue.CreateDialogue;
import se.trygghetsdialog.dialogue.DialogueId;
import se.trygghetsdialog.dialogue.TopicOrigin;
import se.trygghetsdialog.identity.Role;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffMember;
import se.trygghetsdialog.support.StaffMother;
import se.trygghetsdialog.tenancy.Municipalities;
import se.trygghetsdialog.tenancy.Organisations;

/**
 * Test data: a dialogue of the demo municipality with a process leader in its team, and a process
 * leader outside it.
 */
public record TeamDialogueMother(DialogueId dialogue, StaffMember leader, StaffMember outsider) {

  public static TeamDialogueMother create(
      Municipalities municipalities,
      Organisations organisations,
      StaffAccounts accounts,
      CreateDialogue createDialogue,
      String title) {
    var municipality = StaffMother.tenant(municipalities).id();
    StaffMember leader =
        StaffMother.staff(municipalities, accounts, "Pia Ledare", Role.PROCESS_LEADER);
    StaffMember outsider =
        StaffMother.staff(municipalities, accounts, "Olle Utanför", Role.PROCESS_LEADER);
    DialogueId id =
        createDialogue.create(
            municipality,
            new CreateDialogue.Input(
                UUID.randomUUID(),
                title,
                "Om " + title,
                null,
                TopicOrigin.OFFICIAL,
                "",
                StaffMother.politicalBody(municipalities, organisations).id(),
                LocalDate.of(2026, 1, 10),
                "§ 7",
                "KS 2026/7"),
            accounts.actingAs(leader));
    return new TeamDialogueMother(id, leader, outsider);
  }
}
