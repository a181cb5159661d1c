package se.trygghetsdialog.opinion;

import se.trygghetsdialog.dialogue.DialogueId;
import se.trygghetsdialog.shared.MunicipalityId;

/** Inside the module: statements were shown, hidden or imported; the map must be recomputed. */
record OpinionChanged(MunicipalityId municipalityId, DialogueId dialogueId) {}
