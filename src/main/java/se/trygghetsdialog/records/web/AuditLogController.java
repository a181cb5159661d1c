package se.trygghetsdialog.records.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.Paging;
import se.trygghetsdialog.shared.web.WebPage;

/** The audit log for administrators, newest first. */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AuditLogController {

  static final int PAGE_SIZE = 25;

  private final AuditLogPages pages;

  @GetMapping("/personal/admin/logg")
  String log(
      MunicipalityId municipality,
      @RequestParam(name = "sida", defaultValue = "1") int sida,
      WebPage page) {
    pages.requireAdministrator();
    Paging paging = new Paging(sida, PAGE_SIZE, pages.count(municipality));
    page.add("lines", pages.lines(municipality, paging, page.ui().locale()));
    page.add("paging", paging);
    return "records/auditLog";
  }
}
