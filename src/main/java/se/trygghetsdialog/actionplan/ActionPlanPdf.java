package se.trygghetsdialog.actionplan;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import se.trygghetsdialog.shared.pdf.TaggedPdf;

/**
 * Writes an adopted åtgärdsplan version as a tagged PDF ({@link TaggedPdf}): Document, H1/H2, the
 * decision as a table with row header cells, and one section (H3 and paragraphs) per measure.
 */
@Component
public class ActionPlanPdf {

  static final String LANGUAGE = TaggedPdf.LANGUAGE;
  private static final Locale SWEDISH = Locale.forLanguageTag("sv");

  private final MessageSource messages;
  private final Path fontDirectory;

  ActionPlanPdf(
      MessageSource messages,
      @Value("${app.measure.pdf-font-dir:/usr/share/fonts/truetype/dejavu}") String fontDirectory) {
    this.messages = messages;
    this.fontDirectory = Path.of(fontDirectory);
  }

  public byte[] render(ActionPlanVersion plan, String municipalityName) {
    String title = plan.title() + " – " + t("measure.plan.versionLabel", plan.versionNumber());
    return TaggedPdf.render(
        fontDirectory,
        title,
        municipalityName,
        t("measure.plan.pdf.subject"),
        pdf -> {
          PDStructureElement body = pdf.body();
          pdf.heading(StandardStructureTypes.H1, title, body);
          pdf.block(StandardStructureTypes.P, municipalityName, pdf.regular, 11, body);
          if (!plan.introduction().isBlank()) {
            pdf.block(StandardStructureTypes.P, plan.introduction(), pdf.regular, 11, body);
          }
          pdf.heading(StandardStructureTypes.H2, t("measure.plan.decision"), body);
          pdf.table(
              body,
              null,
              List.of(
                  List.of(t("measure.decision.body"), plan.adoptedBy()),
                  List.of(t("measure.decision.decidedOn"), plan.adoptedOn().toString()),
                  List.of(t("measure.decision.paragraph"), plan.paragraph()),
                  List.of(t("measure.decision.registrationNumber"), plan.registrationNumber())),
              0.35f);
          pdf.heading(StandardStructureTypes.H2, t("measure.plan.measures"), body);
          for (ActionPlanItem item : plan.items()) {
            PDStructureElement section = pdf.section(body);
            pdf.heading(StandardStructureTypes.H3, item.title(), section);
            pdf.paragraph(item.description(), section);
            pdf.paragraph(t("measure.field.owner") + ": " + item.owner(), section);
            pdf.paragraph(
                t("measure.field.horizon") + ": " + t("measure.horizon." + item.horizon().name()),
                section);
            if (item.measureType() != null) {
              pdf.paragraph(
                  t("measure.field.measureType")
                      + ": "
                      + t("measure.measureType." + item.measureType().name()),
                  section);
            }
            pdf.paragraph(
                t("measure.field.status") + ": " + t("measure.status." + item.status().name()),
                section);
            pdf.paragraph(
                t("measure.field.problems") + ": " + item.problems().replace("\n", "; "), section);
            if (!item.expectedEffect().isBlank()) {
              pdf.paragraph(
                  t("measure.field.expectedEffect") + ": " + item.expectedEffect(), section);
            }
            if (item.followUpOn() != null) {
              pdf.paragraph(
                  t("measure.field.followUpOn") + ": " + item.followUpOn().toString(), section);
            }
          }
        });
  }

  private String t(String key, Object... args) {
    return messages.getMessage(key, args.length == 0 ? null : args, SWEDISH);
  }
}
