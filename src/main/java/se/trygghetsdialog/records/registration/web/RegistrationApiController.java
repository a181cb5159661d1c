package se.trygghetsdialog.records.registration.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.trygghetsdialog.records.registration.RegistrationEntry;
import se.trygghetsdialog.records.registration.Registry;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.tenancy.Organisations;

/**
 * The diarium's read API: {@code GET /api/registrering?since=CURSOR} with the municipality's bearer
 * token answers the entries after the cursor, oldest first, and the cursor to ask with next
 * (docs/records-formats.md). Without the right token: 401.
 */
@RestController
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class RegistrationApiController {

  static final int DEFAULT_LIMIT = 100;
  static final int MAX_LIMIT = 500;

  private final Registry registry;
  private final Organisations organisations;

  @GetMapping("/api/registrering")
  ResponseEntity<byte[]> since(
      MunicipalityId municipality,
      @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false)
          @Nullable String authorization,
      @RequestParam(name = "since", defaultValue = "0") long since,
      @RequestParam(name = "limit", defaultValue = "" + DEFAULT_LIMIT) int limit) {
    String token =
        authorization != null && authorization.startsWith("Bearer ")
            ? authorization.substring("Bearer ".length()).strip()
            : "";
    if (!registry.acceptsApiToken(municipality, token)) {
      return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
          .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
          .build();
    }
    if (since < 0 || limit < 1 || limit > MAX_LIMIT) {
      return ResponseEntity.badRequest().build();
    }
    List<RegistrationEntry> entries = registry.after(municipality, since, limit + 1);
    boolean more = entries.size() > limit;
    List<RegistrationEntry> page = more ? entries.subList(0, limit) : entries;
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("entries", RegistrationFormats.objects(page, organisations.names(municipality)));
    body.put("next", page.isEmpty() ? since : page.get(page.size() - 1).position());
    body.put("more", more);
    return ResponseEntity.ok()
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .contentType(MediaType.APPLICATION_JSON)
        .body(RegistrationFormats.json(body));
  }
}
