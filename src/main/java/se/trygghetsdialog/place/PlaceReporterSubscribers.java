package se.trygghetsdialog.place;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import se.trygghetsdialog.measure.InputRef;
import se.trygghetsdialog.measure.InputSubscriber;
import se.trygghetsdialog.measure.InputSubscribers;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.mail.MailLinks;

/**
 * Tells the measure module about the reporter of a place report who gave an e-mail address with
 * consent (and has not stopped the mails), so they get the decisions and status changes of measures
 * linked to it. Each mail gets its own link token, which opens "du sa – vi gjorde" and ends the
 * mails; the receipt's private token opens "du sa – vi gjorde" too.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PlaceReporterSubscribers implements InputSubscribers {

  private final PlaceReportRepository reports;
  private final PlaceReportLinks links;
  private final MailLinks mailLinks;

  @Override
  public List<InputSubscriber> subscribersOf(MunicipalityId municipality, InputRef input) {
    if (!InputRef.PLACE_REPORT.equals(input.type())) {
      return List.of();
    }
    PlaceReportId id = new PlaceReportId(input.id());
    return reports
        .contact(municipality, id)
        .map(
            contact -> {
              String token = links.issue(municipality, id);
              return List.of(
                  new InputSubscriber(
                      contact.email(),
                      Locale.forLanguageTag(contact.locale()),
                      mailLinks.to(municipality, "/rapport/avsluta/" + token),
                      token));
            })
        .orElse(List.of());
  }

  @Override
  public Optional<InputRef> inputOfPrivateLink(MunicipalityId municipality, String token) {
    return links
        .reportOf(municipality, token)
        .map(id -> new InputRef(InputRef.PLACE_REPORT, id.value()));
  }
}
