package se.trygghetsdialog.records.web;

import java.util.Locale;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.Paging;

/** The audit log for administrators, newest first. */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AuditLogController {

  static final int PAGE_SIZE = 25;

  private final AuditLogPages pages;

  @GetMapping("/personal/admin/logg")
  String log(
      MunicipalityId municipality,
      @RequestParam(name = "sida", defaultValue = "1") int page,
      Model model,
      Locale locale) {
    pages.requireAdministrator();
    Paging paging = new Paging(page, PAGE_SIZE, pages.count(municipality));
    model.addAttribute("lines", pages.lines(municipality, paging, locale));
    model.addAttribute("paging", paging);
    return "records/auditLog";
  }
}
