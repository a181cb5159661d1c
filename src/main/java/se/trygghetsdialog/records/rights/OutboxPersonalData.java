package se.trygghetsdialog.records.rights;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.mail.SentMails;

/**
 * The mails the service sent (or is about to send) to an address: the outbox keeps each with its
 * recipient and body. Erasing removes address and body of a sent mail and deletes one not sent yet.
 * The mails with the link to the resident's own data are the means of reaching it, not data about
 * the person: they are neither listed nor erased here and go with the outbox's retention.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class OutboxPersonalData implements PersonalDataHolder {

  private final SentMails mails;

  @Override
  public List<PersonalDataItem> find(MunicipalityId municipality, String email) {
    return held(municipality, email).stream()
        .map(
            mail -> {
              Map<String, String> data = new LinkedHashMap<>();
              data.put("emailAddress", mail.recipient());
              data.put("subject", mail.subject());
              data.put("body", mail.body());
              data.put("sentAt", mail.sentAt() == null ? "" : mail.sentAt().toString());
              return new PersonalDataItem(
                  "mail", "rights.mail.item", mail.subject(), mail.id(), mail.createdAt(), data);
            })
        .toList();
  }

  @Override
  public int erase(MunicipalityId municipality, String email) {
    List<SentMails.Mail> held = held(municipality, email);
    held.forEach(mail -> mails.forget(municipality, mail.id()));
    return held.size();
  }

  private List<SentMails.Mail> held(MunicipalityId municipality, String email) {
    return mails.to(municipality, email).stream()
        .filter(mail -> !mail.body().contains(PersonalData.LINK_PATH))
        .toList();
  }
}
