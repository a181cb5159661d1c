package se.trygghetsdialog.records.registration.web;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import se.trygghetsdialog.records.RecordKind;
import se.trygghetsdialog.records.registration.RegistrationFilter;

/**
 * The registration list's filters as query parameters; a value that cannot be read is a bad
 * request.
 *
 * @param diarienummer {@code med} for entries with one, {@code utan} for those without
 */
record RegistrationQuery(
    @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate fran,
    @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate till,
    @Nullable RecordKind typ,
    @Nullable UUID organisation,
    @Nullable String diarienummer) {

  RegistrationFilter filter() {
    Boolean with =
        "med".equals(diarienummer)
            ? Boolean.TRUE
            : "utan".equals(diarienummer) ? Boolean.FALSE : null;
    return new RegistrationFilter(fran, till, typ, organisation, with);
  }

  /** The filters as a query string ending in {@code &}, for paging and export links. */
  String queryString() {
    StringBuilder query = new StringBuilder();
    append(query, "fran", fran);
    append(query, "till", till);
    append(query, "typ", typ);
    append(query, "organisation", organisation);
    append(query, "diarienummer", filter().withDiarienummer() == null ? null : diarienummer);
    return query.toString();
  }

  private static void append(StringBuilder query, String name, @Nullable Object value) {
    if (value != null) {
      query
          .append(name)
          .append('=')
          .append(
              java.net.URLEncoder.encode(value.toString(), java.nio.charset.StandardCharsets.UTF_8))
          .append('&');
    }
  }
}
