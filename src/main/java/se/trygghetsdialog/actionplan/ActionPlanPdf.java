package se.trygghetsdialog.actionplan;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.springframework.stereotype.Component;
import se.trygghetsdialog.measure.AdoptedDocumentPdf;
import se.trygghetsdialog.shared.pdf.TaggedPdf;

/**
 * Writes an adopted åtgärdsplan version as a tagged PDF ({@link TaggedPdf}): Document, H1/H2, the
 * decision as a table with row header cells, and one section (H3 and paragraphs) per measure.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ActionPlanPdf {

  static final String LANGUAGE = TaggedPdf.LANGUAGE;

  private final AdoptedDocumentPdf documents;

  /** The title of a version's PDF: the plan's title and the version number. */
  public String title(ActionPlanVersion plan) {
    return plan.title() + " – " + t("measure.plan.versionLabel", plan.versionNumber());
  }

  public byte[] render(ActionPlanVersion plan, String municipalityName) {
    return documents.render(
        title(plan),
        municipalityName,
        t("measure.plan.pdf.subject"),
        (pdf, body) -> {
          if (!plan.introduction().isBlank()) {
            pdf.block(StandardStructureTypes.P, plan.introduction(), pdf.regular, 11, body);
          }
          documents.decision(pdf, body, t("measure.plan.decision"), plan.decision());
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
    return documents.t(key, args);
  }
}
