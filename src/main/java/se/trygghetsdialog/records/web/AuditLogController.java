package se.trygghetsdialog.records.web;

import java.time.LocalDate;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import se.trygghetsdialog.records.AuditFilter;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.Paging;
import se.trygghetsdialog.shared.web.WebPage;

/**
 * The audit log for administrators and auditors, newest first: filtered by date range, action,
 * actor and subject, a page at a time, and exported as CSV with the same filter.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AuditLogController {

  static final int PAGE_SIZE = 25;

  private final AuditLogPages pages;

  @GetMapping("/personal/admin/logg")
  String log(
      MunicipalityId municipality,
      @RequestParam(name = "fran", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          @Nullable LocalDate from,
      @RequestParam(name = "till", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          @Nullable LocalDate to,
      @RequestParam(name = "handelse", required = false) @Nullable String action,
      @RequestParam(name = "aktor", required = false) @Nullable UUID actor,
      @RequestParam(name = "amne", required = false) @Nullable String subject,
      @RequestParam(name = "sida", defaultValue = "1") int sida,
      WebPage page) {
    pages.requireAuditReader();
    AuditFilter filter = filter(from, to, action, actor, subject);
    Paging paging = new Paging(sida, PAGE_SIZE, pages.count(municipality, filter));
    page.add("filter", filter);
    page.add("query", query(filter));
    page.add("actions", pages.actions(municipality, page.ui().locale()));
    page.add("actors", pages.actors(municipality, page.ui().locale()));
    page.add("lines", pages.lines(municipality, filter, paging, page.ui().locale()));
    page.add("paging", paging);
    return "records/auditLog";
  }

  @GetMapping("/personal/admin/logg/export.csv")
  ResponseEntity<byte[]> export(
      MunicipalityId municipality,
      @RequestParam(name = "fran", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          @Nullable LocalDate from,
      @RequestParam(name = "till", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          @Nullable LocalDate to,
      @RequestParam(name = "handelse", required = false) @Nullable String action,
      @RequestParam(name = "aktor", required = false) @Nullable UUID actor,
      @RequestParam(name = "amne", required = false) @Nullable String subject,
      WebPage page) {
    var reader = pages.requireAuditReader();
    return pages.export(
        municipality, filter(from, to, action, actor, subject), reader, page.ui().locale());
  }

  private static AuditFilter filter(
      @Nullable LocalDate from,
      @Nullable LocalDate to,
      @Nullable String action,
      @Nullable UUID actor,
      @Nullable String subject) {
    return new AuditFilter(from, to, blankToNull(action), actor, blankToNull(subject));
  }

  private static @Nullable String blankToNull(@Nullable String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  /** The filter as query parameters, each followed by an ampersand (for the page links). */
  static String query(AuditFilter filter) {
    UriComponentsBuilder query = UriComponentsBuilder.newInstance();
    if (filter.from() != null) {
      query.queryParam("fran", filter.from());
    }
    if (filter.to() != null) {
      query.queryParam("till", filter.to());
    }
    if (filter.action() != null) {
      query.queryParam("handelse", filter.action());
    }
    if (filter.actorAccountId() != null) {
      query.queryParam("aktor", filter.actorAccountId());
    }
    if (filter.subject() != null) {
      query.queryParam("amne", filter.subject());
    }
    String text = query.encode().build().getQuery();
    return text == null || text.isEmpty() ? "" : text + "&";
  }
}
