package se.trygghetsdialog.opinion.web;

import org.springframework.stereotype.Component;
import se.trygghetsdialog.dialogue.Dialogue;
import se.trygghetsdialog.dialogue.DialogueId;
import se.trygghetsdialog.dialogue.Dialogues;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.NotFoundException;

/** Shared by the opinion controllers: the dialogue named in the address, or 404. */
@Component
class OpinionPages {

  private final Dialogues dialogues;

  OpinionPages(Dialogues dialogues) {
    this.dialogues = dialogues;
  }

  Dialogue dialogue(MunicipalityId municipality, String id) {
    DialogueId dialogueId;
    try {
      dialogueId = DialogueId.parse(id);
    } catch (IllegalArgumentException e) {
      throw new NotFoundException("dialogue " + id);
    }
    return dialogues
        .find(municipality, dialogueId)
        .orElseThrow(() -> new NotFoundException("dialogue " + id));
  }
}
