package se.trygghetsdialog.geo.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.trygghetsdialog.geo.Gazetteer;
import se.trygghetsdialog.geo.GeoPolicy;
import se.trygghetsdialog.geo.ImportGazetteer;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.Ui;

/** Administrators import the municipality's gazetteer from CSV. */
@Controller
@RequestMapping("/personal/admin/ortnamn")
class GazetteerAdminController {

  static final int MAX_CSV_CHARS = 500_000;

  private final Gazetteer gazetteer;
  private final ImportGazetteer importGazetteer;
  private final MessageSource messages;

  GazetteerAdminController(
      Gazetteer gazetteer, ImportGazetteer importGazetteer, MessageSource messages) {
    this.gazetteer = gazetteer;
    this.importGazetteer = importGazetteer;
    this.messages = messages;
  }

  private static void requireAdmin() {
    if (StaffAccounts.current().filter(GeoPolicy::mayImportGazetteer).isEmpty()) {
      throw new AccessDeniedException("may not import the gazetteer");
    }
  }

  @GetMapping
  String form(MunicipalityId municipality, Model model) {
    requireAdmin();
    return render(municipality, "", FormErrors.none(), model);
  }

  private String render(MunicipalityId municipality, String csv, FormErrors errors, Model model) {
    model.addAttribute("csv", csv);
    model.addAttribute("errors", errors);
    model.addAttribute("size", gazetteer.size(municipality));
    return "place/gazetteerImport";
  }

  @PostMapping
  String importCsv(
      MunicipalityId municipality,
      @RequestParam(name = "csv", defaultValue = "") String text,
      @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
      Model model,
      @ModelAttribute("ui") Ui ui,
      HttpServletResponse response,
      RedirectAttributes redirect)
      throws IOException {
    requireAdmin();
    String csv =
        file != null && !file.isEmpty()
            ? new String(file.getBytes(), StandardCharsets.UTF_8)
            : text;
    FormErrors.Builder errors = FormErrors.builder(messages, ui.locale());
    if (csv.isBlank()) {
      errors.add("csv-problem", "place.error.gazetteer.empty");
    } else if (csv.length() > MAX_CSV_CHARS) {
      errors.add("csv-problem", "place.error.gazetteer.tooLarge");
    } else {
      ImportGazetteer.Result result = importGazetteer.importCsv(municipality, csv);
      if (result.ok()) {
        redirect.addFlashAttribute("notice", "place.notice.gazetteerImported");
        return "redirect:/personal/admin/ortnamn";
      }
      // One message per line; each names its line. The first links to the text field.
      FormErrors.Builder lines = FormErrors.builder(messages, ui.locale());
      for (ImportGazetteer.LineError error : result.errors()) {
        lines.add(
            "csv-line-" + error.line(),
            "place.error.gazetteer.line",
            error.line(),
            messages.getMessage(error.messageKey(), null, ui.locale()));
      }
      errors = lines;
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    return render(municipality, csv.length() > MAX_CSV_CHARS ? "" : csv, errors.build(), model);
  }
}
