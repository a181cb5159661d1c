package se.trygghetsdialog.records.web;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.util.UriComponentsBuilder;
import se.trygghetsdialog.records.AuditFilter;

/**
 * The audit log's filter as the page's query parameters: fran and till (dates, both included),
 * handelse (an action name), aktor (a staff account id) and amne (a subject id). A blank text does
 * not narrow; a date or id that cannot be read is a 400.
 */
record AuditQuery(
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate fran,
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate till,
    @Nullable String handelse,
    @Nullable UUID aktor,
    @Nullable String amne) {

  AuditFilter filter() {
    return new AuditFilter(fran, till, blankToNull(handelse), aktor, blankToNull(amne));
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
