package se.trygghetsdialog.opinion;

import java.time.OffsetDateTime;
import se.trygghetsdialog.dialogue.DialogueId;
import se.trygghetsdialog.shared.MunicipalityId;

/** A participant voted (or changed a vote) on a statement; the opinion map is now out of date. */
public record VoteCast(
    MunicipalityId municipalityId,
    DialogueId dialogueId,
    StatementId statementId,
    Vote vote,
    OffsetDateTime votedAt) {}
