package se.trygghetsdialog.measure;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import se.trygghetsdialog.dialogue.DialogueId;
import se.trygghetsdialog.dialogue.Dialogues;
import se.trygghetsdialog.shared.MunicipalityId;

/** Dialogues are inputs measures may answer; the label is the dialogue's title. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DialogueInputResolver implements InputResolver {

  private final Dialogues dialogues;

  @Override
  public String type() {
    return InputRef.DIALOGUE;
  }

  @Override
  public Optional<String> label(MunicipalityId municipality, UUID id) {
    return dialogues.find(municipality, new DialogueId(id)).map(d -> d.title());
  }

  @Override
  public List<UUID> newest(MunicipalityId municipality, int limit) {
    return dialogues.list(municipality, null, null, 1, limit).items().stream()
        .map(d -> d.id().value())
        .toList();
  }
}
