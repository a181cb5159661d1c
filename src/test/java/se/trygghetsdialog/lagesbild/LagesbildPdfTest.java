package se.trygghetsdialog.lagesbild;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import se.trygghetsdialog.measure.AdoptedDocumentPdf;
import se.trygghetsdialog.measure.AdoptionDecision;
import se.trygghetsdialog.support.TaggedPdfs;

class LagesbildPdfTest {

  static LagesbildPdf pdf(String fontDirectory) {
    ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    messages.setBasenames("i18n/lagesbild", "i18n/measure");
    messages.setDefaultEncoding("UTF-8");
    messages.setFallbackToSystemLocale(false);
    return new LagesbildPdf(new AdoptedDocumentPdf(messages, fontDirectory));
  }

  static LagesbildVersion version() {
    return new LagesbildVersion(
        UUID.randomUUID(),
        2,
        "Lägesbild över brottsligheten",
        "Skadegörelsen är hög i centrum.",
        "Trygghetsmätningen visar otrygghet vid busstationen.",
        "Otryggheten hänger ihop med belysningen.",
        LocalDate.of(2025, 1, 1),
        LocalDate.of(2025, 12, 31),
        new AdoptionDecision("Kommunstyrelsen", LocalDate.of(2026, 3, 4), "§ 42", "KS 2026/42"),
        CrimeStatisticsCsv.parse(
                "kategori;period;antal\nSkadegörelse;2024;301\nSkadegörelse;2025;4711\n"
                    .getBytes(StandardCharsets.UTF_8))
            .rows(),
        List.of(
            new LagesbildFact(
                "place.byCategory",
                "Trygghetskartan",
                "Platsrapporter per kategori",
                List.of(new LagesbildFact.Row("Otrygg plats", 17)),
                "")),
        List.of(
            new LagesbildProblem(
                UUID.randomUUID(),
                "Mörkt vid busstationen",
                "Belysningen räcker inte.",
                null,
                "Lysekil")),
        "sv");
  }

  @Test
  void isTaggedSwedishWithTitleHeadingsAndTables() throws IOException {
    byte[] bytes = pdf(TaggedPdfs.DEJAVU).render(version(), "Lysekils kommun");
    try (PDDocument document = Loader.loadPDF(bytes)) {
      var catalog = document.getDocumentCatalog();
      assertThat(catalog.getMarkInfo().isMarked()).isTrue();
      assertThat(catalog.getLanguage()).isEqualTo("sv-SE");
      assertThat(catalog.getStructureTreeRoot()).isNotNull();
      assertThat(TaggedPdfs.structureTypes(catalog.getStructureTreeRoot()))
          .startsWith("Document")
          .contains("H1", "H2", "H3", "Table", "TR", "TH", "TD", "Sect");
      assertThat(document.getDocumentInformation().getTitle())
          .isEqualTo("Lägesbild över brottsligheten – Version 2");
      assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
      String text = new PDFTextStripper().getText(document);
      assertThat(text)
          .contains(
              "Del 1. Kartläggning av brottsligheten",
              "Del 2. Annan relevant information",
              "Del 3. Analys",
              "4711",
              "+1465 %",
              "Platsrapporter per kategori",
              "Mörkt vid busstationen",
              "Kommunstyrelsen");
    }
  }

  @Test
  void stillRendersWithoutTheFontFiles() throws IOException {
    byte[] bytes = pdf("/nonexistent-font-dir").render(version(), "Lysekils kommun");
    try (PDDocument document = Loader.loadPDF(bytes)) {
      assertThat(new PDFTextStripper().getText(document)).contains("Del 3. Analys", "4711");
    }
  }
}
