package se.trygghetsdialog.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.trygghetsdialog.support.IntegrationTest;
import se.trygghetsdialog.support.TaggedPdfs;

/**
 * What a frozen report carries out of the building: the tagged PDF (language, headings, table
 * headers), and that no page, PDF or CSV file of a report shows a name, an e-mail address, a phone
 * number or a count under the small-cell threshold, though the team's material has them.
 */
@IntegrationTest
class FrozenReportDocumentsTest {

  static final String NAME = "Annika Lindqvist";
  static final String EMAIL = "annika.lindqvist@example.com";
  static final String PHONE = "070-123 45 67";

  @Autowired ReportDialogues data;
  @Autowired ReportVersions versions;

  ReportDialogues.Setup d;
  String path;

  @BeforeEach
  void aDialogueWithPersonalDataInItsMaterialAndSmallGroups() throws Exception {
    d = data.create();
    UUID theme = d.theme("Hamnen");
    // Three people in one age band: a small cell.
    UUID interview = d.contact("INTERVIEW", "3", "age18To29", "3", "women", "3");
    UUID street = d.contact("STREET_OUTREACH", "12", "ageUnder18", "12", "men", "12");
    d.perspective(interview, "FEELING", "Otryggt vid färjeläget när det är mörkt.", theme);
    d.perspective(street, "STANCE", "Vi vill ha kvar parkeringen vid kajen.", theme, "dissent");
    d.perspective(
        interview,
        "STANCE",
        NAME + " (" + EMAIL + ", " + PHONE + ") säger att hamnen är otrygg.",
        theme,
        "minority");
    d.session(
        "Samtal om hamnen",
        3,
        "Mötet leddes av " + NAME + ", nås på " + EMAIL + " eller " + PHONE + ".",
        "Vi ber " + NAME + " (" + PHONE + ") ordna en ny vandring.");
    d.gapCheck();
    d.freeze(ReportKind.COMPILED_PERSPECTIVES, 1, status().is3xxRedirection());
    path = ReportVersions.path(d.dialogue().value(), ReportKind.COMPILED_PERSPECTIVES, 1);
  }

  @Test
  void thePdfIsTaggedInSwedishWithHeadingsTableHeadersAndTheReportsText() throws Exception {
    byte[] pdf = d.bytes(path + ".pdf");
    try (PDDocument document = Loader.loadPDF(pdf)) {
      var catalog = document.getDocumentCatalog();
      assertThat(catalog.getLanguage()).isEqualTo("sv-SE");
      assertThat(catalog.getMarkInfo().isMarked()).isTrue();
      assertThat(document.getDocumentInformation().getTitle())
          .startsWith("Sammanställning av perspektiv – Trygg hamn")
          .endsWith("version 1");
      List<String> types = TaggedPdfs.structureTypes(catalog.getStructureTreeRoot());
      assertThat(types).contains("Document", "H1", "H2", "H3", "P", "Table", "TR", "TH", "TD");
      assertThat(types.stream().filter("H2"::equals).count())
          .as("one H2 per part of the compiled report")
          .isEqualTo(7);
      String text = new PDFTextStripper().getText(document);
      assertThat(text)
          .contains("Perspektivkarta", "Har vi missat någon?", "Nej-röst: Vi vill ha kvar")
          .contains("Unga vuxna saknas nästan helt.");
      assertThat(text).doesNotContain(NAME).doesNotContain(EMAIL).doesNotContain(PHONE);
    }
  }

  @Test
  void noPagePdfOrCsvOfTheReportShowsANameAContactDetailOrASmallCount() throws Exception {
    String draft =
        d.send(get(d.draft(ReportKind.COMPILED_PERSPECTIVES)), d.member(), status().isOk());
    String draftReport = draft.substring(draft.indexOf("<div class=\"td-report\">"));
    String published = d.read(path, status().isOk());
    String dialoguePage = d.read("/dialoger/" + d.dialogue().value(), status().isOk());
    String pdfText;
    try (PDDocument document = Loader.loadPDF(d.bytes(path + ".pdf"))) {
      pdfText = new PDFTextStripper().getText(document);
    }
    Map<String, String> documents = new java.util.LinkedHashMap<>();
    documents.put("draft", draftReport);
    documents.put("public version", published);
    documents.put("pdf", pdfText);
    var report =
        versions
            .find(d.municipality(), d.dialogue().value(), ReportKind.COMPILED_PERSPECTIVES, 1)
            .orElseThrow()
            .content();
    assertThat(report.tables()).extracting(Report.Table::id).contains("alder", "kanal", "moten");
    for (Report.Table table : report.tables()) {
      documents.put(
          table.id() + ".csv",
          new String(d.bytes(path + "/" + table.id() + ".csv"), StandardCharsets.UTF_8));
    }
    for (var entry : documents.entrySet()) {
      assertThat(entry.getValue())
          .as(entry.getKey())
          .doesNotContain(NAME)
          .doesNotContain("Lindqvist")
          .doesNotContain(EMAIL)
          .doesNotContain(PHONE)
          .doesNotContain("Pia Ledare")
          .doesNotContain("Sam Samtal");
    }
    assertThat(dialoguePage)
        .contains("Sammanställning av perspektiv, version 1")
        .doesNotContain(NAME)
        .doesNotContain(EMAIL)
        .doesNotContain(PHONE);
    // The flagged perspective and the flagged session's agreements are left out; the clean ones
    // are in.
    assertThat(published).contains("Vi vill ha kvar parkeringen vid kajen.");
    assertThat(published).doesNotContain("ny vandring");

    // No count from 1 to 4 in any table cell: the three in one age band show as the threshold.
    for (var entry : documents.entrySet()) {
      if (entry.getKey().endsWith(".csv")) {
        for (String line : entry.getValue().strip().lines().skip(1).toList()) {
          List<String> cells = List.of(line.split(";"));
          assertThat(cells.subList(1, cells.size()))
              .as(entry.getKey() + ": " + line)
              .noneMatch(c -> c.matches("[1-4]"));
        }
      }
    }
    for (String html : List.of(draftReport, published)) {
      assertThat(cells(html)).noneMatch(c -> c.matches("[1-4]"));
    }
    String ages = documents.get("alder.csv");
    assertThat(ages.lines().filter(l -> l.startsWith("18–29 år")).findFirst().orElseThrow())
        .contains("< 5");
    assertThat(documents.get("moten.csv")).contains("< 5");
  }

  /** The texts of the data cells of every table of a page. */
  static List<String> cells(String html) {
    List<String> cells = new ArrayList<>();
    Matcher m = Pattern.compile("<td[^>]*>([^<]*)</td>").matcher(html);
    while (m.find()) {
      cells.add(m.group(1).strip());
    }
    return cells;
  }
}
