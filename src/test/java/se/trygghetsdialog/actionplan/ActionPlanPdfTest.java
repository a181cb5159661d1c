package se.trygghetsdialog.actionplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import se.trygghetsdialog.measure.AdoptedDocumentPdf;
import se.trygghetsdialog.measure.AdoptionDecision;
import se.trygghetsdialog.measure.Horizon;
import se.trygghetsdialog.measure.MeasureId;
import se.trygghetsdialog.measure.MeasureStatus;
import se.trygghetsdialog.measure.MeasureType;
import se.trygghetsdialog.support.TaggedPdfs;

class ActionPlanPdfTest {

  static final String DEJAVU = TaggedPdfs.DEJAVU;

  static ActionPlanPdf pdf(String fontDirectory) {
    ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    messages.setBasenames("i18n/measure");
    messages.setDefaultEncoding("UTF-8");
    messages.setFallbackToSystemLocale(false);
    return new ActionPlanPdf(new AdoptedDocumentPdf(messages, fontDirectory));
  }

  static ActionPlanVersion plan(int measures) {
    List<ActionPlanItem> items = new ArrayList<>();
    for (int i = 1; i <= measures; i++) {
      items.add(
          new ActionPlanItem(
              new MeasureId(UUID.randomUUID()),
              "Öppna spontanidrottsarenorna " + i,
              "Arenorna hålls öppna och belysta på kvällar och helger. ".repeat(6),
              "Lysekils kommun, fritidsavdelningen",
              Horizon.SHORT_TERM,
              MeasureType.SOCIAL,
              MeasureStatus.DECIDED,
              "Fler unga har en trygg plats att vara på → kvällstid.",
              LocalDate.of(2022, 6, 30),
              "Trygghet i Lysekils kommun\nPlatsrapport vid Södra hamnen"));
    }
    return new ActionPlanVersion(
        UUID.randomUUID(),
        3,
        "Åtgärdsplan för trygghet",
        "Planen bygger på lägesbilden och medborgardialogen.",
        new AdoptionDecision(
            "Kommunfullmäktige", LocalDate.of(2026, 11, 27), "§ 98", "LKS 2026-000400"),
        items);
  }

  static void assertTaggedSwedish(PDDocument document) throws IOException {
    var catalog = document.getDocumentCatalog();
    assertThat(catalog.getMarkInfo().isMarked()).isTrue();
    assertThat(catalog.getLanguage()).isEqualTo("sv-SE");
    assertThat(catalog.getStructureTreeRoot()).isNotNull();
    assertThat(catalog.getStructureTreeRoot().getParentTree()).isNotNull();
    assertThat(TaggedPdfs.structureTypes(catalog.getStructureTreeRoot()))
        .startsWith("Document")
        .contains("H1", "H2", "H3", "P", "Table", "TR", "TH", "TD", "Sect");
    assertThat(document.getDocumentInformation().getTitle())
        .isEqualTo("Åtgärdsplan för trygghet – Version 3");
    assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
    String xmp = new String(catalog.getMetadata().toByteArray(), "UTF-8");
    assertThat(xmp).contains("Åtgärdsplan för trygghet", "pdfuaid:part");
    assertThat(document.getPage(0).getCOSObject().getNameAsString(COSName.getPDFName("Tabs")))
        .isEqualTo("S");
    String text = new PDFTextStripper().getText(document);
    assertThat(text)
        .contains("Öppna spontanidrottsarenorna 1", "Kommunfullmäktige", "Diarienummer");
  }

  @Nested
  class WithTheEmbeddedFont {

    @Test
    void isTaggedHasItsLanguageAndTitleAndEmbedsItsFonts() throws IOException {
      Assumptions.assumeTrue(Files.isReadable(Path.of(DEJAVU, "DejaVuSans.ttf")));
      try (PDDocument document = Loader.loadPDF(pdf(DEJAVU).render(plan(12), "Lysekils kommun"))) {
        assertThat(document.getNumberOfPages()).isGreaterThan(1);
        assertTaggedSwedish(document);
        for (var page : document.getPages()) {
          for (COSName name : page.getResources().getFontNames()) {
            PDFont font = page.getResources().getFont(name);
            assertThat(font.isEmbedded()).as(font.getName()).isTrue();
          }
        }
        assertThat(new PDFTextStripper().getText(document)).contains("→");
      }
    }
  }

  @Nested
  class WithoutTheFontFiles {

    @Test
    void fallsBackToTheStandardFontAndStillShowsSwedishLetters() throws IOException {
      try (PDDocument document =
          Loader.loadPDF(pdf("/nonexistent-fonts").render(plan(2), "Lysekils kommun"))) {
        assertTaggedSwedish(document);
        String text = new PDFTextStripper().getText(document);
        assertThat(text).contains("Åtgärdsplan", "på kvällar").doesNotContain("→");
      }
    }
  }
}
