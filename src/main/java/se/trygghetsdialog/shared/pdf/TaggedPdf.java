package se.trygghetsdialog.shared.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDParentTreeValue;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Writes one tagged PDF (PDF/UA style), shared by the åtgärdsplan and the lägesbild PDFs: a
 * structure tree (Document, headings, paragraphs, sections, tables with header cells) over marked
 * content, the document language {@code sv-SE}, and the title in the document information and XMP
 * metadata, shown by viewers as the window title.
 *
 * <p>Text is set in DejaVu Sans, embedded as a Unicode subset, when the font directory holds it
 * (Debian {@code fonts-dejavu-core}); otherwise in the standard Helvetica with WinAnsi encoding,
 * which still covers Swedish letters. Characters a font cannot show are replaced, never dropped
 * silently.
 */
public final class TaggedPdf {

  public static final String LANGUAGE = "sv-SE";
  public static final float MARGIN = 56;
  public static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

  /** Writes the content of a document. */
  public interface Content {
    void write(TaggedPdf pdf) throws IOException;
  }

  private final PDDocument document;
  public final PDFont regular;
  public final PDFont bold;
  private final PDStructureTreeRoot root = new PDStructureTreeRoot();
  private final PDStructureElement documentElement;
  private final Map<Integer, COSArray> parentTree = new HashMap<>();
  private @Nullable PDPage page;
  private @Nullable PDPageContentStream stream;
  private int pageIndex = -1;
  private int mcid;
  private float y;

  private TaggedPdf(PDDocument document, Path fontDirectory) {
    this.document = document;
    this.regular =
        font(document, fontDirectory, "DejaVuSans.ttf", Standard14Fonts.FontName.HELVETICA);
    this.bold =
        font(
            document,
            fontDirectory,
            "DejaVuSans-Bold.ttf",
            Standard14Fonts.FontName.HELVETICA_BOLD);
    this.documentElement = new PDStructureElement(StandardStructureTypes.DOCUMENT, root);
    root.appendKid(documentElement);
  }

  /**
   * Renders a document: sets language, marking, title, author and subject, lets {@code content}
   * write pages, and finishes the structure tree.
   */
  public static byte[] render(
      Path fontDirectory, String title, String author, String subject, Content content) {
    try (PDDocument document = new PDDocument()) {
      TaggedPdf pdf = new TaggedPdf(document, fontDirectory);
      pdf.begin(title, author, subject);
      content.write(pdf);
      pdf.finish();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A rendered PDF as the answer to a request: shown in the browser, saved as {@code filename}. */
  public static ResponseEntity<byte[]> inline(String filename, byte[] pdf) {
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.inline().filename(filename).build().toString())
        .body(pdf);
  }

  /** Loads an embeddable TrueType font from the font directory, or the standard font instead. */
  private static PDFont font(
      PDDocument document, Path directory, String file, Standard14Fonts.FontName fallback) {
    Path path = directory.resolve(file);
    if (Files.isReadable(path)) {
      try {
        return PDType0Font.load(document, path.toFile());
      } catch (IOException e) {
        // An unreadable font file must not stop the export; the standard font still shows Swedish.
      }
    }
    return new PDType1Font(fallback);
  }

  private void begin(String title, String author, String subject) throws IOException {
    PDDocumentCatalog catalog = document.getDocumentCatalog();
    catalog.setLanguage(LANGUAGE);
    PDMarkInfo markInfo = new PDMarkInfo();
    markInfo.setMarked(true);
    catalog.setMarkInfo(markInfo);
    catalog.setStructureTreeRoot(root);
    PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
    preferences.setDisplayDocTitle(true);
    catalog.setViewerPreferences(preferences);
    document.getDocumentInformation().setTitle(title);
    document.getDocumentInformation().setAuthor(author);
    document.getDocumentInformation().setSubject(subject);
    PDMetadata metadata = new PDMetadata(document);
    metadata.importXMPMetadata(xmp(title, author).getBytes(StandardCharsets.UTF_8));
    catalog.setMetadata(metadata);
    newPage();
  }

  private void finish() throws IOException {
    if (stream != null) {
      stream.close();
    }
    PDNumberTreeNode tree = new PDNumberTreeNode(PDParentTreeValue.class);
    Map<Integer, PDParentTreeValue> numbers = new HashMap<>();
    parentTree.forEach((k, v) -> numbers.put(k, new PDParentTreeValue(v)));
    tree.setNumbers(numbers);
    root.setParentTree(tree);
    root.setParentTreeNextKey(parentTree.size());
  }

  /** The Document element, the parent of top-level content. */
  public PDStructureElement body() {
    return documentElement;
  }

  /** A new Sect element under the parent. */
  public PDStructureElement section(PDStructureNode parent) {
    PDStructureElement section = new PDStructureElement(StandardStructureTypes.SECT, parent);
    parent.appendKid(section);
    return section;
  }

  public void heading(String type, String text, PDStructureNode parent) throws IOException {
    float size =
        switch (type) {
          case StandardStructureTypes.H1 -> 18;
          case StandardStructureTypes.H2 -> 14;
          default -> 12;
        };
    block(type, text, bold, size, parent);
  }

  public void paragraph(String text, PDStructureNode parent) throws IOException {
    block(StandardStructureTypes.P, text, regular, 10, parent);
  }

  /** Writes wrapped text as one structure element of the given type under the parent. */
  public void block(String type, String text, PDFont font, float size, PDStructureNode parent)
      throws IOException {
    PDStructureElement element = new PDStructureElement(type, parent);
    parent.appendKid(element);
    cell(element, text, font, size, MARGIN, WIDTH);
    y -= size * 0.6f;
  }

  private void newPage() throws IOException {
    if (stream != null) {
      stream.close();
    }
    page = new PDPage(PDRectangle.A4);
    document.addPage(page);
    pageIndex++;
    page.setStructParents(pageIndex);
    page.getCOSObject().setName(COSName.getPDFName("Tabs"), "S");
    parentTree.put(pageIndex, new COSArray());
    stream = new PDPageContentStream(document, page);
    mcid = 0;
    y = PDRectangle.A4.getHeight() - MARGIN;
  }

  /** Writes wrapped text as marked content belonging to the element, starting at x. */
  private void cell(
      PDStructureElement element, String text, PDFont font, float size, float x, float width)
      throws IOException {
    float leading = size * 1.35f;
    List<String> lines = wrap(clean(text, font), font, size, width);
    for (String line : lines) {
      if (y - leading < MARGIN) {
        newPage();
      }
      y -= leading;
      element.setPage(page);
      int id = mcid++;
      stream.beginMarkedContent(COSName.getPDFName(element.getStructureType()), id);
      stream.beginText();
      stream.setFont(font, size);
      stream.newLineAtOffset(x, y);
      stream.showText(line);
      stream.endText();
      stream.endMarkedContent();
      PDMarkedContentReference reference = new PDMarkedContentReference();
      reference.setPage(page);
      reference.setMCID(id);
      element.appendKid(reference);
      parentTree.get(pageIndex).add(element);
    }
  }

  /**
   * A table under the parent: an optional header row of column header cells, then rows whose first
   * cell is a row header.
   *
   * @param firstColumnShare the part of the width the first column gets; the others share the rest
   */
  public void table(
      PDStructureNode parent,
      @Nullable List<String> header,
      List<List<String>> rows,
      float firstColumnShare)
      throws IOException {
    PDStructureElement table = new PDStructureElement(StandardStructureTypes.TABLE, parent);
    parent.appendKid(table);
    int columns = header != null ? header.size() : rows.isEmpty() ? 1 : rows.get(0).size();
    float first = columns == 1 ? WIDTH : WIDTH * firstColumnShare;
    float other = columns == 1 ? 0 : (WIDTH - first) / (columns - 1);
    if (header != null) {
      row(table, header, true, first, other);
    }
    for (List<String> row : rows) {
      row(table, row, false, first, other);
    }
    y -= 6;
  }

  private void row(
      PDStructureElement table, List<String> cells, boolean header, float first, float other)
      throws IOException {
    PDStructureElement tr = new PDStructureElement(StandardStructureTypes.TR, table);
    table.appendKid(tr);
    float top = y;
    float lowest = y;
    float x = MARGIN;
    for (int i = 0; i < cells.size(); i++) {
      boolean isHeader = header || i == 0;
      PDStructureElement cell =
          new PDStructureElement(
              isHeader ? StandardStructureTypes.TH : StandardStructureTypes.TD, tr);
      if (isHeader) {
        COSDictionary attributes = new COSDictionary();
        attributes.setName(COSName.O, "Table");
        attributes.setName(COSName.getPDFName("Scope"), header ? "Column" : "Row");
        cell.getCOSObject().setItem(COSName.A, attributes);
      }
      tr.appendKid(cell);
      float width = i == 0 ? first : other;
      y = top;
      String text = cells.get(i);
      cell(cell, text.isBlank() ? "–" : text, isHeader ? bold : regular, 10, x, width - 8);
      lowest = Math.min(lowest, y);
      x += width;
    }
    y = lowest - 4;
  }

  private static List<String> wrap(String text, PDFont font, float size, float width)
      throws IOException {
    List<String> lines = new ArrayList<>();
    for (String paragraph : text.split("\n")) {
      StringBuilder line = new StringBuilder();
      for (String word : paragraph.split(" ")) {
        String candidate = line.length() == 0 ? word : line + " " + word;
        if (font.getStringWidth(candidate) / 1000 * size > width && line.length() > 0) {
          lines.add(line.toString());
          line = new StringBuilder(word);
        } else {
          line = new StringBuilder(candidate);
        }
      }
      lines.add(line.toString());
    }
    return lines;
  }

  /** Replaces characters the font cannot encode (WinAnsi) so every text is shown. */
  private static String clean(String text, PDFont font) {
    StringBuilder out = new StringBuilder();
    text.replace("\r", "")
        .replace("\t", " ")
        .codePoints()
        .forEach(
            c -> {
              String s = new String(Character.toChars(c));
              if (c == '\n') {
                out.append(s);
                return;
              }
              try {
                font.encode(s);
                out.append(s);
              } catch (IOException | IllegalArgumentException e) {
                out.append('?');
              }
            });
    return out.toString();
  }

  private static String xmp(String title, String author) {
    return """
        <?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
        <x:xmpmeta xmlns:x="adobe:ns:meta/">
          <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
            <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"
                xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
              <dc:title><rdf:Alt><rdf:li xml:lang="x-default">%s</rdf:li></rdf:Alt></dc:title>
              <dc:creator><rdf:Seq><rdf:li>%s</rdf:li></rdf:Seq></dc:creator>
              <dc:language><rdf:Bag><rdf:li>%s</rdf:li></rdf:Bag></dc:language>
              <pdfuaid:part>1</pdfuaid:part>
            </rdf:Description>
          </rdf:RDF>
        </x:xmpmeta>
        <?xpacket end="w"?>
        """
        .formatted(escape(title), escape(author), LANGUAGE);
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
