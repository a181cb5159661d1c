package se.trygghetsdialog.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import se.trygghetsdialog.dialogue.DialogueId;
import se.trygghetsdialog.records.archive.ArchiveDocument;
import se.trygghetsdialog.records.archive.ArchiveDocuments;
import se.trygghetsdialog.records.archive.ArchivePdf;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.tenancy.Municipalities;

/**
 * The notes and agreements of a dialogue's sessions that were sent to the participants, one
 * document per session, for the dialogue's archive package. Only sent notes that screening did not
 * flag: notes never sent, flagged texts, invited addresses, the material link and the shared files
 * stay out. Dated when the notes were sent.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ArchivedSessionNotes implements ArchiveDocuments {

  static final String KIND = "session-notes";
  private static final Locale SWEDISH = Locale.forLanguageTag("sv");

  private final Sessions sessions;
  private final ArchivePdf pdfs;
  private final Municipalities municipalities;
  private final MessageSource messages;

  private String t(String key, Object... args) {
    return messages.getMessage(key, args.length == 0 ? null : args, SWEDISH);
  }

  @Override
  public List<ArchiveDocument> forArchive(MunicipalityId municipality, UUID dialogueId) {
    String author = municipalities.name(municipality);
    List<ArchiveDocument> documents = new ArrayList<>();
    for (DialogueSession session : sessions.of(municipality, new DialogueId(dialogueId))) {
      if (!session.notesPublished() || session.notesPublishedAt() == null) {
        continue;
      }
      String title = t("session.archive.title", session.title());
      List<Agreement> agreements = sessions.agreements(municipality, session.id());
      byte[] pdf =
          pdfs.render(
              title,
              author,
              (doc, body) -> {
                doc.table(
                    body,
                    null,
                    List.of(
                        List.of(t("session.field.date"), session.date().toString()),
                        List.of(t("session.field.when"), session.start() + "–" + session.end()),
                        List.of(
                            t("session.field.format"),
                            t("session.format." + session.format().name())),
                        List.of(
                            t("session.field.attended"),
                            session.attended() == null ? "" : session.attended().toString()),
                        List.of(
                            t("session.archive.sent"),
                            session.notesPublishedAt().toLocalDate().toString())),
                    0.35f);
                if (!session.agenda().isBlank()) {
                  doc.heading(StandardStructureTypes.H2, t("session.field.agenda"), body);
                  doc.paragraph(session.agenda(), body);
                }
                doc.heading(StandardStructureTypes.H2, t("session.field.notes"), body);
                doc.paragraph(session.notes(), body);
                doc.heading(StandardStructureTypes.H2, t("session.field.agreements"), body);
                if (agreements.isEmpty()) {
                  doc.paragraph(t("session.archive.noAgreements"), body);
                }
                for (Agreement agreement : agreements) {
                  doc.paragraph("– " + agreement.text(), body);
                }
              });
      documents.add(new ArchiveDocument(KIND, title, session.notesPublishedAt(), pdf));
    }
    return documents;
  }
}
