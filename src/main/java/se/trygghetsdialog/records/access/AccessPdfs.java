package se.trygghetsdialog.records.access;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import se.trygghetsdialog.shared.pdf.TaggedPdf;

/**
 * The two PDFs of a request for public access, tagged ({@link TaggedPdf}) and in Swedish: the
 * redacted copy, in which every withheld passage is replaced by its ground and is in neither the
 * content stream nor the text layer (the text is redacted before it is written); and the decision,
 * with the appeal information whenever anything is withheld.
 */
@Component
public class AccessPdfs {

  private static final Locale SWEDISH = Locale.forLanguageTag("sv");
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final MessageSource messages;
  private final Path fontDirectory;

  AccessPdfs(
      MessageSource messages,
      @Value("${app.records.pdf-font-dir:/usr/share/fonts/truetype/dejavu}") String fontDirectory) {
    this.messages = messages;
    this.fontDirectory = Path.of(fontDirectory);
  }

  private String t(String key, Object... args) {
    return messages.getMessage(key, args.length == 0 ? null : args, SWEDISH);
  }

  private static String when(java.time.OffsetDateTime time) {
    return time.atZoneSameInstant(AccessRequest.ZONE).format(DATE_TIME);
  }

  /** The copy to hand out: every covered document with its withheld passages replaced. */
  public byte[] copy(
      AccessRequest request,
      String municipalityName,
      List<CoveredDocument> documents,
      List<Redaction> redactions) {
    String title = t("access.pdf.copy.title", request.number());
    return TaggedPdf.render(
        fontDirectory,
        title,
        municipalityName,
        t("access.pdf.copy.subject"),
        pdf -> {
          PDStructureElement body = pdf.body();
          pdf.heading(StandardStructureTypes.H1, title, body);
          pdf.paragraph(municipalityName, body);
          pdf.paragraph(t("access.pdf.copy.intro"), body);
          for (CoveredDocument document : documents) {
            List<Redaction> own =
                redactions.stream()
                    .filter(
                        r ->
                            r.kind() == document.kind()
                                && r.documentId().equals(document.documentId()))
                    .toList();
            PDStructureElement section = pdf.section(body);
            pdf.heading(
                StandardStructureTypes.H2,
                t("access.kind." + document.kind().name()) + " " + document.shortId(),
                section);
            pdf.table(section, null, metadata(document), 0.35f);
            String text =
                Passages.redacted(
                    document.text(), own, grounds -> t("access.copy.withheld", grounds));
            for (String paragraph : text.split("\\R\\s*\\R")) {
              if (!paragraph.isBlank()) {
                pdf.paragraph(paragraph.strip(), section);
              }
            }
          }
        });
  }

  private List<List<String>> metadata(CoveredDocument document) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of(t("access.document.kind"), t("access.kind." + document.kind().name())));
    rows.add(List.of(t("access.document.id"), document.documentId()));
    rows.add(List.of(t("access.document.received"), when(document.receivedAt())));
    for (AccessDocument.Field field : document.fields()) {
      rows.add(
          List.of(
              t(field.labelKey()), field.valueKey() == null ? field.value() : t(field.valueKey())));
    }
    return rows;
  }

  /** The decision, with the grounds applied and, when anything is withheld, how to appeal. */
  public byte[] decision(
      AccessRequest request, String municipalityName, List<Redaction> redactions) {
    if (request.outcome() == null) {
      throw new IllegalStateException("request not decided");
    }
    String title = t("access.pdf.decision.title", request.number());
    return TaggedPdf.render(
        fontDirectory,
        title,
        municipalityName,
        t("access.pdf.decision.subject"),
        pdf -> {
          PDStructureElement body = pdf.body();
          pdf.heading(StandardStructureTypes.H1, title, body);
          pdf.paragraph(municipalityName, body);
          pdf.table(
              body,
              null,
              List.of(
                  List.of(t("access.field.number"), Integer.toString(request.number())),
                  List.of(t("access.field.received"), when(request.receivedAt())),
                  List.of(
                      t("access.field.requester"),
                      request.requester().isBlank()
                          ? t("access.requester.anonymous")
                          : request.requester()),
                  List.of(t("access.field.subject"), request.subject()),
                  List.of(
                      t("access.field.outcome"), t("access.outcome." + request.outcome().name())),
                  List.of(t("access.field.decidedAt"), when(request.decidedAt()))),
              0.35f);
          if (!request.reasons().isBlank()) {
            pdf.heading(StandardStructureTypes.H2, t("access.field.reasons"), body);
            pdf.paragraph(request.reasons(), body);
          }
          Map<String, String> grounds = new LinkedHashMap<>();
          redactions.forEach(r -> grounds.put(r.ground().reference(), r.ground().label()));
          if (!grounds.isEmpty()) {
            pdf.heading(StandardStructureTypes.H2, t("access.pdf.decision.grounds"), body);
            for (var ground : grounds.entrySet()) {
              pdf.paragraph(ground.getKey() + ": " + ground.getValue(), body);
            }
          }
          if (request.outcome().withholds()) {
            pdf.heading(StandardStructureTypes.H2, t("access.pdf.decision.appeal"), body);
            pdf.paragraph(t("access.pdf.decision.appeal.text", municipalityName), body);
          }
        });
  }
}
