package se.trygghetsdialog.lagesbild.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.lagesbild.CrimeStatisticsCsv;
import se.trygghetsdialog.lagesbild.CrimeStatisticsTable;
import se.trygghetsdialog.lagesbild.ImportCrimeStatistics;
import se.trygghetsdialog.lagesbild.Lagesbilder;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.Ui;

/** Staff page importing crime statistics for the lägesbild. */
@Controller
@RequestMapping("/personal/lagesbild")
class LagesbildImportController {

  static final int MAX_CSV_BYTES = 2_000_000;

  private final Lagesbilder lagesbilder;
  private final ImportCrimeStatistics importStatistics;
  private final MessageSource messages;

  LagesbildImportController(
      Lagesbilder lagesbilder, ImportCrimeStatistics importStatistics, MessageSource messages) {
    this.lagesbilder = lagesbilder;
    this.importStatistics = importStatistics;
    this.messages = messages;
  }

  @GetMapping("/import")
  String importForm(MunicipalityId municipality, Model model) {
    LagesbildPages.editor();
    return renderImport(municipality, FormErrors.none(), model);
  }

  private String renderImport(MunicipalityId municipality, FormErrors errors, Model model) {
    model.addAttribute("errors", errors);
    model.addAttribute(
        "crimeTables", CrimeStatisticsTable.of(lagesbilder.crimeStatistics(municipality)));
    model.addAttribute("maxRows", CrimeStatisticsCsv.MAX_ROWS);
    return "lagesbild/import";
  }

  @PostMapping("/import")
  String importCsv(
      MunicipalityId municipality,
      @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
      Model model,
      @ModelAttribute("ui") Ui ui,
      HttpServletResponse response,
      RedirectAttributes redirect)
      throws IOException {
    StaffPrincipal staff = LagesbildPages.editor();
    FormErrors.Builder errors = FormErrors.builder(messages, ui.locale());
    if (file == null || file.isEmpty()) {
      errors.add("file", "measure.lagesbild.csv.error.noFile");
    } else if (file.getSize() > MAX_CSV_BYTES) {
      errors.add("file", "measure.lagesbild.csv.error.tooLarge");
    } else {
      String name =
          Objects.requireNonNullElse(file.getOriginalFilename(), "").replaceAll("[\\r\\n]", "");
      if (name.isBlank()) {
        name = "CSV";
      }
      CrimeStatisticsCsv.Result result =
          importStatistics.importCsv(municipality, name, file.getBytes(), staff);
      if (result.ok()) {
        redirect.addFlashAttribute("notice", "measure.lagesbild.notice.imported");
        return "redirect:/personal/lagesbild/import";
      }
      for (CrimeStatisticsCsv.LineError error : result.errors()) {
        String message =
            messages.getMessage(error.messageKey(), error.args().toArray(), ui.locale());
        if (error.line() == 0) {
          errors.add("file", "measure.lagesbild.csv.fileError", name, message);
        } else {
          errors.add("file", "measure.lagesbild.csv.lineError", name, error.line(), message);
        }
      }
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    return renderImport(municipality, errors.build(), model);
  }
}
