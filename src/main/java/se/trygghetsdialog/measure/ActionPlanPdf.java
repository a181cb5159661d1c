package se.trygghetsdialog.measure;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
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
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes an adopted åtgärdsplan version as a tagged PDF: a structure tree (Document, H1/H2,
 * paragraphs, a table with header cells) over marked content, the document language {@code sv-SE},
 * and the title in the document information and XMP metadata, shown by viewers as the window title.
 *
 * <p>Text is set in DejaVu Sans, embedded as a Unicode subset, when the font directory holds it
 * (Debian {@code fonts-dejavu-core}, which {@code bin/test} installs); otherwise in the standard
 * Helvetica with WinAnsi encoding, which still covers Swedish letters. Characters a font cannot
 * show are replaced, never dropped silently.
 */
@Component
public class ActionPlanPdf {

  static final String LANGUAGE = "sv-SE";
  private static final Locale SWEDISH = Locale.forLanguageTag("sv");
  private static final float MARGIN = 56;
  private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

  private final MessageSource messages;
  private final java.nio.file.Path fontDirectory;

  ActionPlanPdf(
      MessageSource messages,
      @Value("${app.measure.pdf-font-dir:/usr/share/fonts/truetype/dejavu}") String fontDirectory) {
    this.messages = messages;
    this.fontDirectory = java.nio.file.Path.of(fontDirectory);
  }

  /** Loads an embeddable TrueType font from the font directory, or the standard font instead. */
  private PDFont font(PDDocument document, String file, Standard14Fonts.FontName fallback) {
    java.nio.file.Path path = fontDirectory.resolve(file);
    if (java.nio.file.Files.isReadable(path)) {
      try {
        return PDType0Font.load(document, path.toFile());
      } catch (IOException e) {
        // An unreadable font file must not stop the export; the standard font still shows Swedish.
      }
    }
    return new PDType1Font(fallback);
  }

  public byte[] render(ActionPlanVersion plan, String municipalityName) {
    try (PDDocument document = new PDDocument()) {
      new Writer(document, plan, municipalityName).write();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String t(String key, Object... args) {
    return messages.getMessage(key, args.length == 0 ? null : args, SWEDISH);
  }

  /** One document being written: the current page, its content stream and marked-content ids. */
  private final class Writer {
    private final PDDocument document;
    private final ActionPlanVersion plan;
    private final String municipalityName;
    private final PDFont regular;
    private final PDFont bold;
    private final PDStructureTreeRoot root = new PDStructureTreeRoot();
    private final PDStructureElement documentElement;
    private final Map<Integer, COSArray> parentTree = new HashMap<>();
    private PDPage page;
    private PDPageContentStream stream;
    private int pageIndex = -1;
    private int mcid;
    private float y;

    Writer(PDDocument document, ActionPlanVersion plan, String municipalityName) {
      this.document = document;
      this.plan = plan;
      this.municipalityName = municipalityName;
      this.regular = font(document, "DejaVuSans.ttf", Standard14Fonts.FontName.HELVETICA);
      this.bold = font(document, "DejaVuSans-Bold.ttf", Standard14Fonts.FontName.HELVETICA_BOLD);
      this.documentElement = new PDStructureElement(StandardStructureTypes.DOCUMENT, root);
      root.appendKid(documentElement);
    }

    void write() throws IOException {
      String title = plan.title() + " – " + t("measure.plan.versionLabel", plan.versionNumber());
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
      document.getDocumentInformation().setAuthor(municipalityName);
      document.getDocumentInformation().setSubject(t("measure.plan.pdf.subject"));
      PDMetadata metadata = new PDMetadata(document);
      metadata.importXMPMetadata(xmp(title, municipalityName).getBytes(StandardCharsets.UTF_8));
      catalog.setMetadata(metadata);

      newPage();
      block(StandardStructureTypes.H1, title, bold, 18, documentElement);
      block(StandardStructureTypes.P, municipalityName, regular, 11, documentElement);
      if (!plan.introduction().isBlank()) {
        block(StandardStructureTypes.P, plan.introduction(), regular, 11, documentElement);
      }
      block(StandardStructureTypes.H2, t("measure.plan.decision"), bold, 14, documentElement);
      table(
          List.of(
              new String[] {t("measure.decision.body"), plan.adoptedBy()},
              new String[] {t("measure.decision.decidedOn"), plan.adoptedOn().toString()},
              new String[] {t("measure.decision.paragraph"), plan.paragraph()},
              new String[] {t("measure.decision.registrationNumber"), plan.registrationNumber()}));
      block(StandardStructureTypes.H2, t("measure.plan.measures"), bold, 14, documentElement);
      for (ActionPlanItem item : plan.items()) {
        PDStructureElement section =
            new PDStructureElement(StandardStructureTypes.SECT, documentElement);
        documentElement.appendKid(section);
        block(StandardStructureTypes.H3, item.title(), bold, 12, section);
        block(StandardStructureTypes.P, item.description(), regular, 10, section);
        line(section, t("measure.field.owner"), item.owner());
        line(section, t("measure.field.horizon"), t("measure.horizon." + item.horizon().name()));
        if (item.measureType() != null) {
          line(
              section,
              t("measure.field.measureType"),
              t("measure.measureType." + item.measureType().name()));
        }
        line(section, t("measure.field.status"), t("measure.status." + item.status().name()));
        line(section, t("measure.field.problems"), item.problems().replace("\n", "; "));
        if (!item.expectedEffect().isBlank()) {
          line(section, t("measure.field.expectedEffect"), item.expectedEffect());
        }
        if (item.followUpOn() != null) {
          line(section, t("measure.field.followUpOn"), item.followUpOn().toString());
        }
      }
      stream.close();
      PDNumberTreeNode tree = new PDNumberTreeNode(PDParentTreeValue.class);
      Map<Integer, PDParentTreeValue> numbers = new HashMap<>();
      parentTree.forEach((k, v) -> numbers.put(k, new PDParentTreeValue(v)));
      tree.setNumbers(numbers);
      root.setParentTree(tree);
      root.setParentTreeNextKey(parentTree.size());
    }

    private void line(PDStructureElement parent, String label, String value) throws IOException {
      block(StandardStructureTypes.P, label + ": " + value, regular, 10, parent);
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

    /** Writes wrapped text as one structure element of the given type under the parent. */
    private void block(String type, String text, PDFont font, float size, PDStructureNode parent)
        throws IOException {
      PDStructureElement element = new PDStructureElement(type, parent);
      parent.appendKid(element);
      cell(element, text, font, size, MARGIN, WIDTH);
      y -= size * 0.6f;
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

    /** A two-column table: a row header cell and a data cell per row. */
    private void table(List<String[]> rows) throws IOException {
      PDStructureElement table =
          new PDStructureElement(StandardStructureTypes.TABLE, documentElement);
      documentElement.appendKid(table);
      float labelWidth = WIDTH * 0.35f;
      for (String[] row : rows) {
        PDStructureElement tr = new PDStructureElement(StandardStructureTypes.TR, table);
        table.appendKid(tr);
        PDStructureElement th = new PDStructureElement(StandardStructureTypes.TH, tr);
        COSDictionary attributes = new COSDictionary();
        attributes.setName(COSName.O, "Table");
        attributes.setName(COSName.getPDFName("Scope"), "Row");
        th.getCOSObject().setItem(COSName.A, attributes);
        tr.appendKid(th);
        PDStructureElement td = new PDStructureElement(StandardStructureTypes.TD, tr);
        tr.appendKid(td);
        float top = y;
        cell(th, row[0], bold, 10, MARGIN, labelWidth - 8);
        float afterLabel = y;
        y = top;
        cell(
            td,
            row[1].isBlank() ? "–" : row[1],
            regular,
            10,
            MARGIN + labelWidth,
            WIDTH - labelWidth);
        y = Math.min(y, afterLabel) - 4;
      }
      y -= 6;
    }

    private List<String> wrap(String text, PDFont font, float size, float width)
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
    private String clean(String text, PDFont font) {
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
