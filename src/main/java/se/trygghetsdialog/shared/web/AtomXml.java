package se.trygghetsdialog.shared.web;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The small pieces every Atom feed of ours writes (RFC 4287): a text element, a link and a
 * timestamp. Used by the weekly reports' feed and the notice board's feed.
 */
public final class AtomXml {

  private AtomXml() {}

  /** An Atom date: UTC, whole seconds, ISO 8601. */
  public static String timestamp(OffsetDateTime time) {
    return time.withOffsetSameInstant(ZoneOffset.UTC)
        .withNano(0)
        .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }

  /** An element holding text, escaped by the writer. */
  public static void text(XMLStreamWriter xml, String name, String value)
      throws XMLStreamException {
    xml.writeStartElement(name);
    xml.writeCharacters(value);
    xml.writeEndElement();
  }

  /** A {@code link} element with its relation, media type and address. */
  public static void link(XMLStreamWriter xml, String rel, String href, String type)
      throws XMLStreamException {
    xml.writeEmptyElement("link");
    xml.writeAttribute("rel", rel);
    xml.writeAttribute("type", type);
    xml.writeAttribute("href", href);
  }
}
