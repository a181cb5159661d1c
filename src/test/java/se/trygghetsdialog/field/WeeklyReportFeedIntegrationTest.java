package se.trygghetsdialog.field;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import se.trygghetsdialog.identity.Role;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.support.IntegrationTest;
import se.trygghetsdialog.support.StaffMother;
import se.trygghetsdialog.tenancy.Municipalities;

/** The Atom feed and the public pages: valid Atom 1.0, published reports only, escaped text. */
@IntegrationTest
class WeeklyReportFeedIntegrationTest {

  static final String ATOM = "http://www.w3.org/2005/Atom";

  @Autowired MockMvc mvc;
  @Autowired Municipalities municipalities;
  @Autowired StaffAccounts accounts;
  @Autowired StartEstWeek startWeek;
  @Autowired DraftWeeklyReport draft;
  @Autowired SubmitWeeklyReport submit;
  @Autowired PublishWeeklyReport publish;
  @Autowired WeeklyReports reports;

  WeeklyReport report(
      MunicipalityId municipality,
      StaffPrincipal coordinator,
      WeekNumber number,
      String title,
      String incidents) {
    EstWeek week = startWeek.start(municipality, number, coordinator);
    WeeklyReport report = draft.create(week, coordinator);
    draft.save(
        report,
        new DraftWeeklyReport.Input(
            title,
            report.appeal(),
            "",
            "Kvällsfika på fritidsgården.",
            List.of(new WeeklyReport.Place("Torget", incidents, "Samtal & närvaro"))));
    submit.submit(reports.ofWeek(week).orElseThrow(), coordinator);
    return reports.ofWeek(week).orElseThrow();
  }

  static List<Element> children(Element parent, String name) {
    List<Element> out = new ArrayList<>();
    NodeList nodes = parent.getElementsByTagNameNS(ATOM, name);
    for (int i = 0; i < nodes.getLength(); i++) {
      if (nodes.item(i).getParentNode() == parent) {
        out.add((Element) nodes.item(i));
      }
    }
    return out;
  }

  static String text(Element parent, String name) {
    return children(parent, name).get(0).getTextContent();
  }

  @Test
  void theFeedListsPublishedReportsOnlyWithEscapedText() throws Exception {
    MunicipalityId municipality = StaffMother.tenant(municipalities).id();
    StaffPrincipal coordinator =
        accounts.actingAs(
            StaffMother.staff(municipalities, accounts, "Siv Samordnare", Role.SAFETY_COORDINATOR));
    StaffPrincipal moderator =
        accounts.actingAs(
            StaffMother.staff(municipalities, accounts, "Mona Moderator", Role.MODERATOR));
    // Letters only: a marker of digits starting with 0 reads as a phone number to the screening.
    String marker = UUID.randomUUID().toString().substring(0, 8).replaceAll("[0-9]", "k");
    String title = "Vecka <b>" + marker + "</b> & \"trygghet\"";
    WeekNumber publishedWeek = EstTestData.freshWeek();
    WeeklyReport published =
        report(municipality, coordinator, publishedWeek, title, "Stök <script>alert(1)</script>");
    publish.approve(published, moderator);
    String hidden = "Ej publicerad " + marker;
    report(municipality, coordinator, EstTestData.freshWeek(), hidden, "Inget");

    MvcResult result = mvc.perform(get("/trygghet/veckorapporter.atom")).andReturn();

    assertThat(result.getResponse().getStatus()).isEqualTo(200);
    assertThat(result.getResponse().getContentType()).startsWith("application/atom+xml");
    byte[] body = result.getResponse().getContentAsByteArray();
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document xml = factory.newDocumentBuilder().parse(new ByteArrayInputStream(body));
    Element feed = xml.getDocumentElement();
    assertThat(feed.getNamespaceURI()).isEqualTo(ATOM);
    assertThat(feed.getLocalName()).isEqualTo("feed");
    assertThat(text(feed, "id")).startsWith("urn:uuid:");
    assertThat(text(feed, "title")).isNotBlank();
    assertThat(text(feed, "updated")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
    assertThat(children(feed, "link"))
        .anySatisfy(
            l -> {
              assertThat(l.getAttribute("rel")).isEqualTo("self");
              assertThat(l.getAttribute("href")).endsWith("/trygghet/veckorapporter.atom");
            });
    assertThat(children(feed, "author")).hasSize(1);

    List<Element> entries = children(feed, "entry");
    assertThat(entries).allSatisfy(e -> assertThat(text(e, "title")).doesNotContain(hidden));
    Element entry =
        entries.stream().filter(e -> text(e, "title").equals(title)).findFirst().orElseThrow();
    assertThat(text(entry, "id")).isEqualTo("urn:uuid:" + published.id());
    assertThat(text(entry, "updated")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
    assertThat(children(entry, "link").get(0).getAttribute("href"))
        .endsWith("/trygghet/veckorapporter/" + publishedWeek.year() + "/" + publishedWeek.week());
    assertThat(children(entry, "summary").get(0).getAttribute("type")).isEqualTo("text");
    Element content = children(entry, "content").get(0);
    assertThat(content.getAttribute("type")).isEqualTo("html");
    // The content is HTML: markup from the report's own text stays escaped inside it.
    assertThat(content.getTextContent())
        .contains("<h2>")
        .contains("Stök &lt;script&gt;alert(1)&lt;/script&gt;")
        .contains("Samtal &amp; närvaro")
        .doesNotContain("<script>");
    // And the raw bytes never hold the report's markup unescaped.
    assertThat(new String(body, StandardCharsets.UTF_8))
        .doesNotContain("<script>")
        .doesNotContain("<b>");
  }

  @Test
  void thePublicPagesShowPublishedReportsOnly() throws Exception {
    MunicipalityId municipality = StaffMother.tenant(municipalities).id();
    StaffPrincipal coordinator =
        accounts.actingAs(
            StaffMother.staff(municipalities, accounts, "Siv Samordnare", Role.SAFETY_COORDINATOR));
    StaffPrincipal moderator =
        accounts.actingAs(
            StaffMother.staff(municipalities, accounts, "Mona Moderator", Role.MODERATOR));
    String marker = StaffMother.uniqueWord();
    WeekNumber shown = EstTestData.freshWeek();
    WeekNumber waiting = EstTestData.freshWeek();
    publish.approve(
        report(municipality, coordinator, shown, "Synlig " + marker, "Stök"), moderator);
    report(municipality, coordinator, waiting, "Väntande " + marker, "Stök");

    String list =
        mvc.perform(get("/trygghet/veckorapporter"))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(list).contains("rel=\"alternate\" type=\"application/atom+xml\"");
    String page =
        mvc.perform(get("/trygghet/veckorapporter/" + shown.year() + "/" + shown.week()))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(page)
        .contains("Synlig " + marker)
        .contains("Torget")
        .doesNotContain("Siv Samordnare");
    assertThat(
            mvc.perform(get("/trygghet/veckorapporter/" + waiting.year() + "/" + waiting.week()))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(404);
    assertThat(
            mvc.perform(get("/trygghet/veckorapporter/2025/53"))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(404);
  }
}
