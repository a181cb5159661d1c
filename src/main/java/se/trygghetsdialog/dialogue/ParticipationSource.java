package se.trygghetsdialog.dialogue;

import java.util.List;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * Supplies who a dialogue reached, as counts per channel and area, from the module that holds the
 * input (logged contacts, dialogue sessions, place reports of the dialogue's campaigns). The
 * dialogue module owns the interface so that it needs no dependency on the modules that implement
 * it; the participation figures add up every bean implementing it.
 */
public interface ParticipationSource {

  /** The participation this source knows for the dialogue; empty when it has none. */
  List<Participation> participationIn(MunicipalityId municipality, DialogueId dialogue);
}
