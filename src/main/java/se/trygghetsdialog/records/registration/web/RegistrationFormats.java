package se.trygghetsdialog.records.registration.web;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import se.trygghetsdialog.records.registration.RegistrationEntry;
import se.trygghetsdialog.shared.web.CsvTables;
import tools.jackson.databind.json.JsonMapper;

/**
 * The export formats for the municipality's diarium, documented field by field in
 * docs/records-formats.md: CSV with one row per entry, and JSON with one object per entry (the same
 * fields, also used by the read API).
 */
final class RegistrationFormats {

  static final List<String> COLUMNS =
      List.of(
          "position",
          "registered_at",
          "kind",
          "record_id",
          "organisation_id",
          "organisation",
          "title",
          "diarienummer");

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private RegistrationFormats() {}

  static ResponseEntity<byte[]> csv(List<RegistrationEntry> entries, Map<UUID, String> names) {
    List<List<String>> rows =
        entries.stream()
            .map(
                e ->
                    List.of(
                        Long.toString(e.position()),
                        e.registeredAt().toString(),
                        e.kind().name(),
                        e.recordId(),
                        e.organisationId() == null ? "" : e.organisationId().toString(),
                        e.organisationId() == null
                            ? ""
                            : names.getOrDefault(e.organisationId(), ""),
                        e.title(),
                        e.diarienummer() == null ? "" : e.diarienummer()))
            .toList();
    return CsvTables.download("registrering.csv", COLUMNS, rows);
  }

  static ResponseEntity<byte[]> jsonDownload(
      List<RegistrationEntry> entries, Map<UUID, String> names) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("entries", objects(entries, names));
    return ResponseEntity.ok()
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename("registrering.json").build().toString())
        .contentType(MediaType.APPLICATION_JSON)
        .body(json(body));
  }

  static List<Map<String, Object>> objects(
      List<RegistrationEntry> entries, Map<UUID, String> names) {
    return entries.stream().map(e -> object(e, names)).toList();
  }

  static byte[] json(Object body) {
    return JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
  }

  private static Map<String, Object> object(RegistrationEntry e, Map<UUID, String> names) {
    Map<String, Object> object = new LinkedHashMap<>();
    object.put("position", e.position());
    object.put("registeredAt", e.registeredAt().toString());
    object.put("kind", e.kind().name());
    object.put("recordId", e.recordId());
    object.put("organisationId", e.organisationId() == null ? null : e.organisationId().toString());
    object.put("organisation", e.organisationId() == null ? null : names.get(e.organisationId()));
    object.put("title", e.title());
    object.put("diarienummer", e.diarienummer());
    return object;
  }
}
