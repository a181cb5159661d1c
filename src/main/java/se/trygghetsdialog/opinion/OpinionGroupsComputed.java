package se.trygghetsdialog.opinion;

import java.time.OffsetDateTime;
import se.trygghetsdialog.dialogue.DialogueId;
import se.trygghetsdialog.shared.MunicipalityId;

/** The background worker stored a new opinion map for a dialogue. */
public record OpinionGroupsComputed(
    MunicipalityId municipalityId,
    DialogueId dialogueId,
    int groups,
    int participants,
    long votes,
    OffsetDateTime computedAt) {}
