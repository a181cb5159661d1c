package se.trygghetsdialog.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import se.trygghetsdialog.records.archive.ArchiveDocument;
import se.trygghetsdialog.records.archive.ArchiveDocuments;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * The frozen versions of a dialogue's reports, with the PDFs stored at freezing, for its archive.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ArchivedReports implements ArchiveDocuments {

  private static final Locale SWEDISH = Locale.forLanguageTag("sv");

  private final ReportVersions versions;
  private final MessageSource messages;

  @Override
  public List<ArchiveDocument> forArchive(MunicipalityId municipality, UUID dialogueId) {
    List<ArchiveDocument> documents = new ArrayList<>();
    for (ReportVersions.Summary version : versions.of(municipality, dialogueId)) {
      versions
          .pdf(municipality, dialogueId, version.kind(), version.number())
          .ifPresent(
              pdf ->
                  documents.add(
                      new ArchiveDocument(
                          "analysis",
                          messages.getMessage(
                                  "analysis.kind." + version.kind().name(), null, SWEDISH)
                              + " "
                              + messages.getMessage(
                                  "archive.version", new Object[] {version.number()}, SWEDISH),
                          version.frozenAt(),
                          pdf)));
    }
    documents.sort(Comparator.comparing(ArchiveDocument::date));
    return documents;
  }
}
