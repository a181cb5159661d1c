package se.trygghetsdialog.measure;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.trygghetsdialog.dialogue.DialogueId;
import se.trygghetsdialog.dialogue.Dialogues;

/** Dialogues are inputs measures may answer; the label is the dialogue's title. */
@Configuration(proxyBeanMethods = false)
class DialogueInputResolver {

  @Bean
  InputResolver dialogueInputs(Dialogues dialogues) {
    return InputResolver.of(
        InputRef.DIALOGUE,
        (municipality, id) -> dialogues.find(municipality, new DialogueId(id)).map(d -> d.title()),
        (municipality, limit) ->
            dialogues.list(municipality, null, null, 1, limit).items().stream()
                .map(d -> d.id().value())
                .toList());
  }
}
