package se.trygghetsdialog.lagesbild.web;

import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import se.trygghetsdialog.lagesbild.LagesbildPdf;
import se.trygghetsdialog.lagesbild.LagesbildVersion;
import se.trygghetsdialog.lagesbild.Lagesbilder;
import se.trygghetsdialog.measure.AdoptedVersion;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.NotFoundException;
import se.trygghetsdialog.shared.pdf.TaggedPdf;
import se.trygghetsdialog.shared.web.WebPage;
import se.trygghetsdialog.tenancy.Municipalities;

/**
 * Public pages of the lägesbild: only adopted versions, never the draft — the current one at {@code
 * /lagesbild}, each version at {@code /lagesbild/version/N}, and each as a tagged PDF.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class LagesbildPublicController {

  private final Lagesbilder lagesbilder;
  private final LagesbildPdf pdf;
  private final LagesbildPages pages;
  private final Municipalities municipalities;

  @GetMapping("/lagesbild")
  String current(MunicipalityId municipality, WebPage page) {
    List<LagesbildVersion> versions = lagesbilder.versions(municipality);
    return pages.publicPage(
        municipality,
        versions.isEmpty() ? null : lagesbilder.readIn(versions.get(0), page.ui().locale()),
        versions,
        true,
        page);
  }

  @GetMapping("/lagesbild/version/{number:\\d{1,6}}")
  String version(MunicipalityId municipality, @PathVariable int number, WebPage page) {
    List<LagesbildVersion> versions = lagesbilder.versions(municipality);
    LagesbildVersion version =
        AdoptedVersion.numbered(versions, number)
            .orElseThrow(() -> new NotFoundException("lägesbild version"));
    return pages.publicPage(
        municipality,
        lagesbilder.readIn(version, page.ui().locale()),
        versions,
        versions.get(0) == version,
        page);
  }

  @GetMapping("/lagesbild/version/{number:\\d{1,6}}.pdf")
  ResponseEntity<byte[]> versionPdf(MunicipalityId municipality, @PathVariable int number) {
    LagesbildVersion version =
        lagesbilder
            .version(municipality, number)
            .orElseThrow(() -> new NotFoundException("lägesbild version"));
    return TaggedPdf.inline(
        "lagesbild-version-" + number + ".pdf",
        pdf.render(version, municipalities.name(municipality)));
  }
}
