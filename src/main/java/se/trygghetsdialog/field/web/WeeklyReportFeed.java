package se.trygghetsdialog.field.web;

import static se.trygghetsdialog.shared.web.AtomXml.link;
import static se.trygghetsdialog.shared.web.AtomXml.text;
import static se.trygghetsdialog.shared.web.AtomXml.timestamp;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.UUID;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import se.trygghetsdialog.field.WeeklyReport;
import se.trygghetsdialog.field.WeeklyReports;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.Tenant;

/**
 * Writes the Atom 1.0 feed of published weekly reports, newest first. Entry content is HTML,
 * escaped as text by the XML writer ({@code type=html}).
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class WeeklyReportFeed {

  static final int ENTRIES = 20;
  private static final String NS = "http://www.w3.org/2005/Atom";
  private static final Locale SWEDISH = Locale.forLanguageTag("sv");

  private final WeeklyReports reports;
  private final MessageSource messages;

  /** The feed of {@code tenant}'s municipality, its links below {@code base}. */
  byte[] write(MunicipalityId municipality, Tenant tenant, String base) throws XMLStreamException {
    var page = reports.publishedPage(municipality, 1, ENTRIES);
    OffsetDateTime updated =
        page.reports().stream()
            .map(WeeklyReport::publishedAt)
            .filter(java.util.Objects::nonNull)
            .max(OffsetDateTime::compareTo)
            .orElse(OffsetDateTime.of(2020, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC));
    StringWriter out = new StringWriter();
    XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
    xml.writeStartDocument("UTF-8", "1.0");
    xml.writeStartElement("feed");
    xml.writeDefaultNamespace(NS);
    xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", "sv");
    text(
        xml,
        "id",
        "urn:uuid:"
            + UUID.nameUUIDFromBytes(
                ("weekly-reports:" + municipality.value()).getBytes(StandardCharsets.UTF_8)));
    text(xml, "title", t("field.weekly.feed.title", tenant.name()));
    text(xml, "updated", timestamp(updated));
    link(xml, "self", base + "/trygghet/veckorapporter.atom", "application/atom+xml");
    link(xml, "alternate", base + "/trygghet/veckorapporter", "text/html");
    xml.writeStartElement("author");
    text(xml, "name", tenant.name());
    xml.writeEndElement();
    for (WeeklyReport r : page.reports()) {
      String url = base + "/trygghet/veckorapporter/" + r.week().year() + "/" + r.week().week();
      xml.writeStartElement("entry");
      text(xml, "id", "urn:uuid:" + r.id());
      text(xml, "title", r.title());
      text(xml, "updated", timestamp(r.publishedAt() == null ? r.updatedAt() : r.publishedAt()));
      if (r.publishedAt() != null) {
        text(xml, "published", timestamp(r.publishedAt()));
      }
      link(xml, "alternate", url, "text/html");
      xml.writeStartElement("summary");
      xml.writeAttribute("type", "text");
      xml.writeCharacters(
          t("field.weekly.feed.summary", r.week().week(), r.week().year(), r.places().size()));
      xml.writeEndElement();
      xml.writeStartElement("content");
      xml.writeAttribute("type", "html");
      xml.writeCharacters(html(r));
      xml.writeEndElement();
      xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    xml.close();
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private String t(String key, Object... args) {
    return messages.getMessage(key, args, SWEDISH);
  }

  /** The report as an HTML fragment; every text is HTML-escaped here, then XML-escaped. */
  private String html(WeeklyReport r) {
    StringBuilder html = new StringBuilder();
    section(html, t("field.weekly.section.appeal"), r.appeal());
    section(html, t("field.weekly.section.presence"), r.presence());
    section(html, t("field.weekly.section.activities"), r.activities());
    if (!r.places().isEmpty()) {
      html.append("<h2>").append(esc(t("field.weekly.section.places"))).append("</h2>");
      for (WeeklyReport.Place p : r.places()) {
        html.append("<h3>")
            .append(esc(p.place()))
            .append("</h3><p><strong>")
            .append(esc(t("field.weekly.place.incidents")))
            .append(":</strong> ")
            .append(esc(p.incidents()))
            .append("<br><strong>")
            .append(esc(t("field.weekly.place.actions")))
            .append(":</strong> ")
            .append(esc(p.actions()))
            .append("</p>");
      }
    }
    return html.toString();
  }

  private static void section(StringBuilder html, String heading, String text) {
    if (!text.isBlank()) {
      html.append("<h2>")
          .append(esc(heading))
          .append("</h2><p>")
          .append(esc(text).replace("\n", "<br>"))
          .append("</p>");
    }
  }

  private static String esc(String text) {
    return HtmlUtils.htmlEscape(text, "UTF-8");
  }
}
