package se.trygghetsdialog.analysis;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.springframework.stereotype.Component;
import se.trygghetsdialog.measure.AdoptedDocumentPdf;
import se.trygghetsdialog.shared.pdf.TaggedPdf;

/**
 * Writes a frozen report as a tagged PDF ({@link TaggedPdf}, document language Swedish): H1 with
 * the title and version, then one section per part with an H2, its paragraphs, its tables under an
 * H3 caption with column and row header cells, and its list. The report has no charts, so there are
 * no figures needing alternative text.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ReportPdf {

  private final AdoptedDocumentPdf documents;

  /** The document title: the report's title and its version. */
  public String title(Report report, int number) {
    return report.title() + " – " + documents.t("analysis.version", number);
  }

  public byte[] render(Report report, int number) {
    return documents.render(
        title(report, number),
        report.municipalityName(),
        documents.t(report.kind().key()),
        (pdf, body) -> {
          pdf.paragraph(
              documents.t("analysis.pdf.built", report.builtOn().toString(), report.threshold()),
              body);
          for (Report.Part part : report.parts()) {
            PDStructureElement section = pdf.section(body);
            pdf.heading(StandardStructureTypes.H2, part.heading(), section);
            for (String paragraph : part.paragraphs()) {
              pdf.paragraph(paragraph, section);
            }
            for (Report.Table table : part.tables()) {
              pdf.heading(StandardStructureTypes.H3, table.caption(), section);
              pdf.table(
                  section, table.header(), table.rows(), table.header().size() > 4 ? 0.22f : 0.35f);
            }
            for (String item : part.items()) {
              pdf.paragraph("• " + item, section);
            }
          }
        });
  }
}
