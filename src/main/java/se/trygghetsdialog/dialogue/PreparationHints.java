package se.trygghetsdialog.dialogue;

import java.util.List;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * Supplies hints the preparation (charter) page shows the team, from a module the dialogue module
 * does not depend on (for example the lessons of earlier dialogues). The dialogue module owns the
 * interface; every bean implementing it is asked.
 */
public interface PreparationHints {

  /** The hints for preparing {@code dialogue}, most relevant first; empty when there are none. */
  List<PreparationHint> forPreparing(MunicipalityId municipality, DialogueId dialogue);
}
