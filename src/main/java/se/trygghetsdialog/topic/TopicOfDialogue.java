package se.trygghetsdialog.topic;

import java.util.Optional;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.dialogue.DialogueId;
import se.trygghetsdialog.dialogue.DialogueTopic;
import se.trygghetsdialog.dialogue.DialogueTopics;
import se.trygghetsdialog.shared.MunicipalityId;

/** The dialogue pages link back to the topic a political decision turned into the dialogue. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class TopicOfDialogue implements DialogueTopics {

  private final TopicRepository topics;

  @Override
  @Transactional(readOnly = true)
  public Optional<DialogueTopic> topicOf(MunicipalityId municipality, DialogueId dialogue) {
    return topics
        .ofDialogue(municipality, dialogue)
        .map(
            t ->
                new DialogueTopic(
                    t.title(), t.shown() ? "/amnen/" + t.id() : "", "/personal/amnen/" + t.id()));
  }
}
