package se.trygghetsdialog.analysis;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import se.trygghetsdialog.dialogue.DialogueId;
import se.trygghetsdialog.dialogue.PublishedDocument;
import se.trygghetsdialog.dialogue.PublishedDocuments;
import se.trygghetsdialog.shared.MunicipalityId;

/** The frozen versions of a dialogue's reports, listed on the public dialogue page. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PublishedReports implements PublishedDocuments {

  private static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

  private final ReportVersions versions;
  private final MessageSource messages;

  @Override
  public List<PublishedDocument> publishedFor(
      MunicipalityId municipality, DialogueId dialogue, Locale locale) {
    return versions.of(municipality, dialogue.value()).stream()
        .map(
            v ->
                new PublishedDocument(
                    messages.getMessage(
                        "analysis.published.title",
                        new Object[] {
                          messages.getMessage(v.kind().key(), null, locale), v.number()
                        },
                        locale),
                    v.frozenAt().atZoneSameInstant(ZONE).toLocalDate(),
                    v.path(),
                    v.path() + ".pdf"))
        .toList();
  }
}
