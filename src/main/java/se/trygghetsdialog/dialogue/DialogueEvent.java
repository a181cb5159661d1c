package se.trygghetsdialog.dialogue;

import se.trygghetsdialog.shared.AuditableEvent;

/** Something that happened to a dialogue, audited with the dialogue as subject. */
interface DialogueEvent extends AuditableEvent {

  DialogueId dialogueId();

  @Override
  default String auditSubject() {
    return dialogueId().toString();
  }
}
