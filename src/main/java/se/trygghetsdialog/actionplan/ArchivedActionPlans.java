package se.trygghetsdialog.actionplan;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import se.trygghetsdialog.measure.InputRef;
import se.trygghetsdialog.measure.Measures;
import se.trygghetsdialog.records.archive.ArchiveDocument;
import se.trygghetsdialog.records.archive.ArchiveDocuments;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.tenancy.Municipalities;

/**
 * The adopted åtgärdsplan versions that cite a dialogue, for its archive package: a version cites
 * it when one of its measures answers the dialogue (a link to the dialogue as input). Each version
 * is the same tagged PDF as on the public pages, dated the day it was adopted.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ArchivedActionPlans implements ArchiveDocuments {

  static final String KIND = "action-plan";
  private static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

  private final ActionPlans plans;
  private final Measures measures;
  private final ActionPlanPdf pdf;
  private final Municipalities municipalities;

  @Override
  public List<ArchiveDocument> forArchive(MunicipalityId municipality, UUID dialogueId) {
    InputRef dialogue = InputRef.dialogue(dialogueId);
    List<ArchiveDocument> documents = new ArrayList<>();
    String author = municipalities.name(municipality);
    for (ActionPlanVersion version : plans.versions(municipality)) {
      boolean cites =
          version.items().stream()
              .anyMatch(
                  item ->
                      measures.links(municipality, item.measureId()).stream()
                          .anyMatch(link -> link.input().equals(dialogue)));
      if (cites) {
        documents.add(
            new ArchiveDocument(
                KIND,
                pdf.title(version),
                version.decision().decidedOn().atStartOfDay(ZONE).toOffsetDateTime(),
                pdf.render(version, author)));
      }
    }
    documents.sort(Comparator.comparing(ArchiveDocument::date));
    return documents;
  }
}
