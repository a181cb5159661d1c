/**
 * Dialogues: the SKR case for medborgardialog in complex questions. A dialogue starts from a
 * recorded political decision, has a charter (purposes, påverkbarhet, promised participation level,
 * conflict level, target groups, team, plan) and moves through SKR's steps 0–7; every step change
 * publishes feedback (återkoppling), which the public page shows and followers are mailed.
 *
 * <p>API: {@link se.trygghetsdialog.dialogue.Dialogues} (queries), the actions {@link
 * se.trygghetsdialog.dialogue.CreateDialogue}, {@link se.trygghetsdialog.dialogue.FillCharter},
 * {@link se.trygghetsdialog.dialogue.ChangeStep}, and the events {@link
 * se.trygghetsdialog.dialogue.DialogueCreated} and {@link se.trygghetsdialog.dialogue.StepChanged}.
 */
@ApplicationModule(displayName = "Dialogues")
@NullMarked
package se.trygghetsdialog.dialogue;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
