package se.trygghetsdialog.dialogue;

import java.util.Optional;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * Finds the proposed topic a dialogue was made from, for the link from the dialogue pages back to
 * it, in a module the dialogue module does not depend on (the topic backlog of step 0). The
 * dialogue module owns the interface; the first bean that knows the dialogue answers.
 */
public interface DialogueTopics {

  /** The topic {@code dialogue} was made from; empty when it was not made from a topic. */
  Optional<DialogueTopic> topicOf(MunicipalityId municipality, DialogueId dialogue);
}
