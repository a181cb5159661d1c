package se.trygghetsdialog.lagesbild.web;

import jakarta.validation.Valid;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import se.trygghetsdialog.lagesbild.CrimeStatisticsCsv;
import se.trygghetsdialog.lagesbild.CrimeStatisticsTable;
import se.trygghetsdialog.lagesbild.ImportCrimeStatistics;
import se.trygghetsdialog.lagesbild.Lagesbilder;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.FormSubmissions;
import se.trygghetsdialog.shared.web.WebPage;

/**
 * Staff page importing crime statistics for the lägesbild. An error names the file and the line;
 * nothing is stored from a file with an error.
 */
@Controller
@RequestMapping("/personal/lagesbild")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class LagesbildImportController {

  private final Lagesbilder lagesbilder;
  private final ImportCrimeStatistics importStatistics;
  private final FormSubmissions forms;

  @GetMapping("/import")
  String importForm(MunicipalityId municipality, WebPage page) {
    LagesbildPages.editor();
    return renderImport(municipality, FormErrors.none(), page);
  }

  private String renderImport(MunicipalityId municipality, FormErrors errors, WebPage page) {
    page.add("errors", errors);
    page.add("crimeTables", CrimeStatisticsTable.of(lagesbilder.crimeStatistics(municipality)));
    page.add("maxRows", CrimeStatisticsCsv.MAX_ROWS);
    return "lagesbild/import";
  }

  @PostMapping("/import")
  String importCsv(
      MunicipalityId municipality,
      @Valid @ModelAttribute("importStatistics") ImportCrimeStatistics.Command command,
      BindingResult binding,
      WebPage page) {
    var staff = LagesbildPages.editor();
    return forms.submit(
        binding,
        () -> {
          importStatistics.importCsv(municipality, command, staff);
          return page.redirect("measure.lagesbild.notice.imported", "/personal/lagesbild/import");
        },
        errors -> renderImport(municipality, errors, page));
  }
}
