package se.trygghetsdialog.participation;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import se.trygghetsdialog.dialogue.DialogueId;
import se.trygghetsdialog.dialogue.Participation;
import se.trygghetsdialog.dialogue.ParticipationSource;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * A participation source for tests: the participation a test gives a dialogue of its own (no other
 * dialogue gets any from here).
 */
@Component
public class TestParticipationSource implements ParticipationSource {

  private static final Map<DialogueId, List<Participation>> GIVEN = new ConcurrentHashMap<>();

  public static void give(DialogueId dialogue, List<Participation> participation) {
    GIVEN.put(dialogue, List.copyOf(participation));
  }

  @Override
  public List<Participation> participationIn(MunicipalityId municipality, DialogueId dialogue) {
    return GIVEN.getOrDefault(dialogue, List.of());
  }
}
