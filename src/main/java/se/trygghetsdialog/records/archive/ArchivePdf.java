package se.trygghetsdialog.records.archive;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import se.trygghetsdialog.shared.pdf.TaggedPdf;

/**
 * Writes a document for an archive package as a tagged PDF with the embedded DejaVu fonts, which
 * {@link ArchivePackages} then makes PDF/A: H1 with the title, the municipality's name (also the
 * author), then what the content writes. Modules implementing {@link ArchiveDocuments} use it for
 * documents they do not already keep as a PDF.
 */
@Component
public class ArchivePdf {

  /** Writes the body of a document below its opening. */
  public interface Part {
    void write(TaggedPdf pdf, PDStructureElement body) throws IOException;
  }

  private final Path fontDirectory;

  ArchivePdf(
      @Value("${app.measure.pdf-font-dir:/usr/share/fonts/truetype/dejavu}") String fontDirectory) {
    this.fontDirectory = Path.of(fontDirectory);
  }

  /** A document of the title, the municipality's name and what {@code content} writes. */
  public byte[] render(String title, String author, Part content) {
    return TaggedPdf.render(
        fontDirectory,
        title,
        author,
        title,
        doc -> {
          PDStructureElement body = doc.body();
          doc.heading(StandardStructureTypes.H1, title, body);
          doc.block(StandardStructureTypes.P, author, doc.regular, 11, body);
          content.write(doc, body);
        });
  }

  /**
   * A document of the title, the municipality's name and one table.
   *
   * @param header the column headers, or null for a table of row headers and values
   * @param firstColumnShare the part of the width the first column gets
   */
  public byte[] table(
      String title,
      String author,
      @Nullable List<String> header,
      List<List<String>> rows,
      float firstColumnShare) {
    return render(title, author, (doc, body) -> doc.table(body, header, rows, firstColumnShare));
  }
}
