package se.trygghetsdialog.dialogue.web;

import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import se.trygghetsdialog.dialogue.Dialogue;
import se.trygghetsdialog.dialogue.DialogueId;
import se.trygghetsdialog.dialogue.DialoguePolicy;
import se.trygghetsdialog.dialogue.Dialogues;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.NotFoundException;

/**
 * Finds the dialogue a staff page is about and asks the policy whether the user may see or change
 * it.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DialogueAccess {

  private final Dialogues dialogues;

  static StaffPrincipal staff() {
    return StaffAccounts.signedIn();
  }

  static StaffPrincipal viewer() {
    StaffPrincipal staff = staff();
    if (!DialoguePolicy.mayView(staff)) {
      throw new AccessDeniedException("may not view dialogues");
    }
    return staff;
  }

  Dialogue dialogue(MunicipalityId municipality, UUID id) {
    return dialogues
        .find(municipality, new DialogueId(id))
        .orElseThrow(() -> new NotFoundException("dialogue"));
  }

  Dialogue managed(MunicipalityId municipality, UUID id) {
    return dialogues.managed(municipality, id);
  }

  /** The dialogue as it is now, after a form about it was refused (perhaps because it changed). */
  Dialogue current(MunicipalityId municipality, Dialogue shown) {
    return dialogue(municipality, shown.id().value());
  }
}
