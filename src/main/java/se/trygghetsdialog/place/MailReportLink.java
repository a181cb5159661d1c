package se.trygghetsdialog.place;

import jakarta.validation.constraints.NotBlank;
import java.util.Locale;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.mail.MailLinks;
import se.trygghetsdialog.shared.mail.MailOutbox;
import se.trygghetsdialog.shared.validation.EmailAddress;

/**
 * Mails a resident the private link of the report they just sent, when they ask for it on the
 * receipt. The address is used for this one mail only: it is not stored with the report (so no
 * later mails go to it); it is kept only in the mail outbox row, like every mail.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class MailReportLink {

  /** The address a resident types on the receipt to get the private link mailed; not stored. */
  public record Command(
      @NotBlank(message = "{place.error.linkEmail.invalid}")
          @EmailAddress(message = "{place.error.linkEmail.invalid}")
          String email) {}

  private final PlaceReportLinks links;
  private final MailOutbox mail;
  private final MessageSource messages;
  private final MailLinks mailLinks;

  /** The full address of a private link, for showing and copying. */
  public String url(String privateToken) {
    return mailLinks.to("/rapport/" + privateToken);
  }

  /**
   * Queues the mail if the token is the private link of this report.
   *
   * @return false if the token does not belong to the report (nothing is sent)
   */
  @Transactional
  public boolean mail(
      MunicipalityId municipality,
      PlaceReportId report,
      String privateToken,
      String email,
      Locale locale) {
    if (!links.reportOf(municipality, privateToken).map(report::equals).orElse(false)) {
      return false;
    }
    mail.queue(
        municipality,
        email,
        messages.getMessage("place.mail.link.subject", null, locale),
        messages.getMessage(
            "place.mail.link.body",
            new Object[] {mailLinks.to(municipality, "/rapport/" + privateToken)},
            locale));
    return true;
  }
}
