package se.trygghetsdialog.notice.web;

import static se.trygghetsdialog.shared.web.AtomXml.link;
import static se.trygghetsdialog.shared.web.AtomXml.text;
import static se.trygghetsdialog.shared.web.AtomXml.timestamp;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import se.trygghetsdialog.notice.Notice;
import se.trygghetsdialog.notice.NoticePolicy;
import se.trygghetsdialog.notice.Notices;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.Tenant;

/**
 * Writes the Atom 1.0 feed (RFC 4287) of the notices on the board today, newest posting first. An
 * entry is published at the start of its posting day and updated when it was last corrected; its
 * content is the notice's text as plain text.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class NoticeFeed {

  static final int ENTRIES = 50;
  private static final String ATOM = "http://www.w3.org/2005/Atom";
  private static final Locale SWEDISH = Locale.forLanguageTag("sv");

  private final Notices notices;
  private final MessageSource messages;

  byte[] write(MunicipalityId municipality, Tenant tenant, String base) throws XMLStreamException {
    LocalDate today = NoticePolicy.today();
    List<Notice> current = notices.current(municipality, today, null, ENTRIES, 0);
    OffsetDateTime feedUpdated =
        current.stream()
            .map(NoticeFeed::updated)
            .max(OffsetDateTime::compareTo)
            .orElse(start(today));
    StringWriter out = new StringWriter();
    XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
    xml.writeStartDocument("UTF-8", "1.0");
    xml.writeStartElement("feed");
    xml.writeDefaultNamespace(ATOM);
    xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", "sv");
    text(xml, "id", urn("notice-board:" + municipality.value()));
    text(
        xml,
        "title",
        messages.getMessage("notice.feed.title", new Object[] {tenant.name()}, SWEDISH));
    text(xml, "updated", timestamp(feedUpdated));
    link(xml, "self", base + "/anslagstavla/atom.xml", "application/atom+xml");
    link(xml, "alternate", base + "/anslagstavla", "text/html");
    xml.writeStartElement("author");
    text(xml, "name", tenant.name());
    xml.writeEndElement();
    for (Notice n : current) {
      xml.writeStartElement("entry");
      text(xml, "id", "urn:uuid:" + n.id());
      text(xml, "title", n.title());
      text(xml, "published", timestamp(start(n.postedOn())));
      text(xml, "updated", timestamp(updated(n)));
      link(xml, "alternate", base + "/anslagstavla/" + n.id(), "text/html");
      if (n.attachmentName() != null) {
        link(xml, "enclosure", base + "/anslagstavla/" + n.id() + "/bilaga", "application/pdf");
      }
      xml.writeStartElement("category");
      xml.writeAttribute("term", n.kind().name());
      xml.writeAttribute(
          "label", messages.getMessage("notice.kind." + n.kind().name(), null, SWEDISH));
      xml.writeEndElement();
      xml.writeStartElement("content");
      xml.writeAttribute("type", "text");
      xml.writeCharacters(n.text());
      xml.writeEndElement();
      xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    xml.close();
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static OffsetDateTime updated(Notice n) {
    OffsetDateTime posted = start(n.postedOn());
    return n.correctedAt() != null && n.correctedAt().isAfter(posted) ? n.correctedAt() : posted;
  }

  private static OffsetDateTime start(LocalDate day) {
    return day.atStartOfDay(NoticePolicy.ZONE).toOffsetDateTime();
  }

  private static String urn(String name) {
    return "urn:uuid:" + UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
  }
}
