package se.trygghetsdialog.session.web;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import se.trygghetsdialog.session.DialogueSession;
import se.trygghetsdialog.session.Sessions;
import se.trygghetsdialog.session.ShareMaterial;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.NotFoundException;
import se.trygghetsdialog.shared.web.WebPage;

/**
 * The participants' page of a session, opened by its secret link without signing in: the agenda,
 * the material and, once sent, the notes and agreements. No personal data: never the invited
 * addresses, and no flagged text.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class SessionMaterialController {

  private final Sessions sessions;
  private final ShareMaterial material;

  @GetMapping("/motesmaterial/{token}")
  String material(MunicipalityId municipality, @PathVariable String token, WebPage page) {
    DialogueSession session = session(municipality, token);
    page.add(
        "page",
        new SessionViews.MaterialPage(
            session,
            session.notesPublished()
                ? sessions.agreements(municipality, session.id())
                : java.util.List.of(),
            material.of(session),
            "/motesmaterial/" + token + "/filer/"));
    return "session/material";
  }

  /**
   * A shared file, always as a download under its own content type (never shown inline, never
   * sniffed by the browser as something else).
   */
  @GetMapping("/motesmaterial/{token}/filer/{fileId}")
  ResponseEntity<byte[]> file(
      MunicipalityId municipality, @PathVariable String token, @PathVariable UUID fileId) {
    ShareMaterial.Download download =
        material
            .download(session(municipality, token), fileId)
            .orElseThrow(() -> new NotFoundException("session material"));
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(download.file().kind().contentType()))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(download.file().fileName(), StandardCharsets.UTF_8)
                .build()
                .toString())
        .header("X-Content-Type-Options", "nosniff")
        .cacheControl(CacheControl.noStore().cachePrivate())
        .body(download.content());
  }

  private DialogueSession session(MunicipalityId municipality, String token) {
    return sessions
        .byMaterialToken(municipality, token)
        .orElseThrow(() -> new NotFoundException("session material"));
  }
}
