package se.trygghetsdialog.records.archive;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Calendar;
import java.util.GregorianCalendar;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;

/**
 * Turns a PDF with embedded fonts into a PDF/A-2b file: XMP metadata with the pdfaid identification
 * and the same title, author, subject, producer and dates as the document information, and an sRGB
 * output intent from the JDK's ICC profile. The content is unchanged, so the fonts must already be
 * embedded (DejaVu from the font directory).
 */
public final class PdfA {

  public static final String PRODUCER = "Trygghetsdialog";

  private PdfA() {}

  public static byte[] archival(byte[] pdf, String title, String author, OffsetDateTime time) {
    OffsetDateTime date = time.withNano(0);
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDDocumentInformation info = new PDDocumentInformation();
      String subject =
          document.getDocumentInformation().getSubject() == null
              ? title
              : document.getDocumentInformation().getSubject();
      Calendar when = GregorianCalendar.from(date.toZonedDateTime());
      info.setTitle(title);
      info.setAuthor(author);
      info.setSubject(subject);
      info.setProducer(PRODUCER);
      info.setCreationDate(when);
      info.setModificationDate(when);
      document.setDocumentInformation(info);
      PDMetadata metadata = new PDMetadata(document);
      metadata.importXMPMetadata(
          xmp(title, author, subject, date, document.getDocumentCatalog().getLanguage())
              .getBytes(StandardCharsets.UTF_8));
      document.getDocumentCatalog().setMetadata(metadata);
      document.getDocumentCatalog().getOutputIntents().clear();
      PDOutputIntent intent =
          new PDOutputIntent(
              document,
              new ByteArrayInputStream(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData()));
      intent.setInfo("sRGB IEC61966-2.1");
      intent.setOutputCondition("sRGB IEC61966-2.1");
      intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
      intent.setRegistryName("http://www.color.org");
      document.getDocumentCatalog().addOutputIntent(intent);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String xmp(
      String title, String author, String subject, OffsetDateTime date, String language) {
    String when = date.withNano(0).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    return """
        <?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
        <x:xmpmeta xmlns:x="adobe:ns:meta/">
          <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
            <rdf:Description rdf:about=""
                xmlns:dc="http://purl.org/dc/elements/1.1/"
                xmlns:xmp="http://ns.adobe.com/xap/1.0/"
                xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
                xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"
                xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
              <dc:title><rdf:Alt><rdf:li xml:lang="x-default">%s</rdf:li></rdf:Alt></dc:title>
              <dc:creator><rdf:Seq><rdf:li>%s</rdf:li></rdf:Seq></dc:creator>
              <dc:description><rdf:Alt><rdf:li xml:lang="x-default">%s</rdf:li></rdf:Alt></dc:description>
              <dc:language><rdf:Bag><rdf:li>%s</rdf:li></rdf:Bag></dc:language>
              <xmp:CreateDate>%s</xmp:CreateDate>
              <xmp:ModifyDate>%s</xmp:ModifyDate>
              <pdf:Producer>%s</pdf:Producer>
              <pdfaid:part>2</pdfaid:part>
              <pdfaid:conformance>B</pdfaid:conformance>
              <pdfuaid:part>1</pdfuaid:part>
            </rdf:Description>
          </rdf:RDF>
        </x:xmpmeta>
        <?xpacket end="w"?>
        """
        .formatted(
            escape(title),
            escape(author),
            escape(subject),
            language == null ? "sv-SE" : escape(language),
            when,
            when,
            PRODUCER);
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
