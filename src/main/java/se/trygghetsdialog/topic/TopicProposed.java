package se.trygghetsdialog.topic;

import java.time.OffsetDateTime;
import java.util.UUID;
import se.trygghetsdialog.records.RecordKind;
import se.trygghetsdialog.records.Registrable;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * A resident proposed a topic; it waits for moderation. Ids only: no free text leaves the module
 * this way.
 */
public record TopicProposed(MunicipalityId municipalityId, UUID topicId, OffsetDateTime submittedAt)
    implements Registrable {

  @Override
  public RecordKind recordKind() {
    return RecordKind.TOPIC;
  }

  @Override
  public String recordId() {
    return topicId.toString();
  }

  @Override
  public String registrationTitle() {
    return "Ämnesförslag från invånare";
  }
}
