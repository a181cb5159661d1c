package se.trygghetsdialog.analysis.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import se.trygghetsdialog.analysis.FrozenReport;
import se.trygghetsdialog.analysis.Report;
import se.trygghetsdialog.analysis.ReportKind;
import se.trygghetsdialog.analysis.ReportVersions;
import se.trygghetsdialog.dialogue.Dialogue;
import se.trygghetsdialog.dialogue.Dialogues;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.NotFoundException;
import se.trygghetsdialog.shared.pdf.TaggedPdf;
import se.trygghetsdialog.shared.web.CsvTables;
import se.trygghetsdialog.shared.web.WebPage;

/**
 * The public pages of a frozen report version: the page, its tagged PDF and each table as CSV. Only
 * frozen versions are public, never the draft; their counts were suppressed when they were built.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ReportPublicController {

  private static final String VERSION = "/dialoger/{id}/underlag/{kind:[a-z]+}/{number:\\d{1,6}}";

  private final Dialogues dialogues;
  private final ReportVersions versions;
  private final ReportPages pages;

  @GetMapping(VERSION)
  String page(
      MunicipalityId municipality,
      @PathVariable String id,
      @PathVariable String kind,
      @PathVariable int number,
      WebPage page) {
    Dialogue dialogue = dialogues.named(municipality, id);
    return pages.version(dialogue, version(municipality, dialogue, kind, number), page);
  }

  @GetMapping(VERSION + ".pdf")
  ResponseEntity<byte[]> pdf(
      MunicipalityId municipality,
      @PathVariable String id,
      @PathVariable String kind,
      @PathVariable int number) {
    Dialogue dialogue = dialogues.named(municipality, id);
    ReportKind reportKind = ReportPages.kind(kind);
    byte[] pdf =
        versions
            .pdf(municipality, dialogue.id().value(), reportKind, number)
            .orElseThrow(() -> new NotFoundException("report version"));
    return TaggedPdf.inline(reportKind.slug() + "-" + number + ".pdf", pdf);
  }

  @GetMapping(VERSION + "/{table:[a-z-]{1,40}}.csv")
  ResponseEntity<byte[]> csv(
      MunicipalityId municipality,
      @PathVariable String id,
      @PathVariable String kind,
      @PathVariable int number,
      @PathVariable String table) {
    Dialogue dialogue = dialogues.named(municipality, id);
    FrozenReport version = version(municipality, dialogue, kind, number);
    Report.Table found =
        version.content().table(table).orElseThrow(() -> new NotFoundException("table " + table));
    return CsvTables.download(
        kind + "-" + number + "-" + table + ".csv", found.header(), found.rows());
  }

  private FrozenReport version(
      MunicipalityId municipality, Dialogue dialogue, String kind, int number) {
    return versions
        .find(municipality, dialogue.id().value(), ReportPages.kind(kind), number)
        .orElseThrow(() -> new NotFoundException("report version"));
  }
}
