package se.trygghetsdialog.records.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import se.trygghetsdialog.records.AuditFilter;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.Paging;
import se.trygghetsdialog.shared.web.WebPage;

/**
 * The audit log for administrators and auditors, newest first: filtered by date range, action,
 * actor and subject ({@link AuditQuery}), a page at a time, and exported as CSV with the same
 * filter.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AuditLogController {

  static final int PAGE_SIZE = 25;

  private final AuditLogPages pages;

  @GetMapping("/personal/admin/logg")
  String log(
      MunicipalityId municipality,
      @ModelAttribute("auditQuery") AuditQuery query,
      @RequestParam(name = "sida", defaultValue = "1") int sida,
      WebPage page) {
    pages.requireAuditReader();
    AuditFilter filter = query.filter();
    Paging paging = new Paging(sida, PAGE_SIZE, pages.count(municipality, filter));
    page.add("filter", filter);
    page.add("query", AuditQuery.query(filter));
    page.add("actions", pages.actions(municipality, page.ui().locale()));
    page.add("actors", pages.actors(municipality, page.ui().locale()));
    page.add("lines", pages.lines(municipality, filter, paging, page.ui().locale()));
    page.add("paging", paging);
    return "records/auditLog";
  }

  @GetMapping("/personal/admin/logg/export.csv")
  ResponseEntity<byte[]> export(
      MunicipalityId municipality, @ModelAttribute("auditQuery") AuditQuery query, WebPage page) {
    var reader = pages.requireAuditReader();
    return pages.export(municipality, query.filter(), reader, page.ui().locale());
  }
}
