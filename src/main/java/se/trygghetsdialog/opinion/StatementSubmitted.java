package se.trygghetsdialog.opinion;

import java.time.OffsetDateTime;
import se.trygghetsdialog.dialogue.DialogueId;
import se.trygghetsdialog.records.RecordKind;
import se.trygghetsdialog.records.Registrable;
import se.trygghetsdialog.shared.MunicipalityId;

/** A resident wrote a statement; it waits for moderation before anyone can vote on it. */
public record StatementSubmitted(
    MunicipalityId municipalityId,
    DialogueId dialogueId,
    StatementId statementId,
    OffsetDateTime submittedAt)
    implements Registrable {

  @Override
  public RecordKind recordKind() {
    return RecordKind.STATEMENT;
  }

  @Override
  public String recordId() {
    return statementId.value().toString();
  }

  @Override
  public String registrationTitle() {
    return "Påstående i dialog";
  }
}
