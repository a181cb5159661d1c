package se.trygghetsdialog.opinion;

import java.time.OffsetDateTime;
import se.trygghetsdialog.dialogue.DialogueId;
import se.trygghetsdialog.shared.MunicipalityId;

/** A resident wrote a statement; it waits for moderation before anyone can vote on it. */
public record StatementSubmitted(
    MunicipalityId municipalityId,
    DialogueId dialogueId,
    StatementId statementId,
    OffsetDateTime submittedAt) {}
