package se.trygghetsdialog.measure;

import java.io.IOException;
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
 * What the tagged PDFs of adopted documents (the åtgärdsplan and the lägesbild) share: Swedish
 * texts, the font directory, the opening with the title as H1 and the municipality's name, and the
 * decision that adopted the document as a table with row header cells.
 */
@Component
public class AdoptedDocumentPdf {

  private static final Locale SWEDISH = Locale.forLanguageTag("sv");

  /** Writes the body of a document below its opening. */
  public interface Part {
    void write(TaggedPdf pdf, PDStructureElement body) throws IOException;
  }

  private final MessageSource messages;
  private final Path fontDirectory;

  public AdoptedDocumentPdf(
      MessageSource messages,
      @Value("${app.measure.pdf-font-dir:/usr/share/fonts/truetype/dejavu}") String fontDirectory) {
    this.messages = messages;
    this.fontDirectory = Path.of(fontDirectory);
  }

  /** A text of the bundles in Swedish, the language documents are adopted in. */
  public String t(String key, Object... args) {
    return messages.getMessage(key, args.length == 0 ? null : args, SWEDISH);
  }

  /**
   * Renders a document of the municipality: H1 with the title, the municipality's name (also the
   * author), then what {@code content} writes.
   */
  public byte[] render(String title, String municipalityName, String subject, Part content) {
    return TaggedPdf.render(
        fontDirectory,
        title,
        municipalityName,
        subject,
        pdf -> {
          PDStructureElement body = pdf.body();
          pdf.heading(StandardStructureTypes.H1, title, body);
          pdf.block(StandardStructureTypes.P, municipalityName, pdf.regular, 11, body);
          content.write(pdf, body);
        });
  }

  /** The decision under an H2 {@code heading}: body, date, paragraph and registration number. */
  public void decision(
      TaggedPdf pdf, PDStructureElement body, String heading, AdoptionDecision decision)
      throws IOException {
    pdf.heading(StandardStructureTypes.H2, heading, body);
    pdf.table(
        body,
        null,
        List.of(
            List.of(t("measure.decision.body"), decision.body()),
            List.of(t("measure.decision.decidedOn"), decision.decidedOn().toString()),
            List.of(t("measure.decision.paragraph"), decision.paragraph()),
            List.of(t("measure.decision.registrationNumber"), decision.registrationNumber())),
        0.35f);
  }
}
