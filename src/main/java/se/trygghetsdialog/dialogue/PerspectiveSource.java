package se.trygghetsdialog.dialogue;

import java.util.List;
import java.util.Locale;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * Supplies perspectives gathered for a dialogue's step 2 by other modules (for example place
 * reports from campaigns linked to the dialogue). The dialogue module owns the interface so that it
 * needs no dependency on the modules that implement it; every bean implementing it is shown on the
 * public dialogue page.
 */
public interface PerspectiveSource {

  /**
   * The groups of perspectives this source holds for the dialogue; empty when it has none to show.
   * Only public texts: never personal data.
   */
  List<PerspectiveGroup> perspectivesFor(
      MunicipalityId municipality, DialogueId dialogue, Locale locale);
}
