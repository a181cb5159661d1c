package se.trygghetsdialog.records.retention;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import se.trygghetsdialog.records.RecordKind;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.mail.SentMails;

/**
 * Disposal of the outbox's sent mails past their retention (counted from when each was sent): the
 * recipient's address and the body go; the subject and the times stay, so the mails can still be
 * counted. Mails waiting to be sent are never disposed of.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class OutboxDisposal implements Disposable {

  private final SentMails mails;

  @Override
  public RecordKind kind() {
    return RecordKind.OUTBOUND_MAIL;
  }

  @Override
  public List<Item> expired(MunicipalityId municipality, OffsetDateTime before, int limit) {
    return mails.sentBefore(municipality, before, limit).stream()
        .map(mail -> new Item(mail.id(), mail.sentAt()))
        .toList();
  }

  @Override
  public void dispose(MunicipalityId municipality, UUID id) {
    mails.forget(municipality, id);
  }
}
