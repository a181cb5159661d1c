package se.trygghetsdialog.records.archive.web;

import java.time.OffsetDateTime;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import se.trygghetsdialog.dialogue.Dialogue;
import se.trygghetsdialog.dialogue.Dialogues;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.records.archive.ArchivePackages;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * The archive package of a closed dialogue as a ZIP download, for its process leader or an
 * administrator; a dialogue before step 7 answers 400.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ArchivePackageController {

  private final Dialogues dialogues;
  private final ArchivePackages packages;

  @GetMapping("/personal/dialoger/{id}/arkivpaket.zip")
  ResponseEntity<byte[]> download(MunicipalityId municipality, @PathVariable UUID id) {
    Dialogue dialogue = dialogues.managed(municipality, id);
    byte[] zip =
        packages.build(
            municipality, dialogue, StaffAccounts.signedIn().accountId(), OffsetDateTime.now());
    return ResponseEntity.ok()
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .contentType(MediaType.parseMediaType("application/zip"))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename("arkivpaket-" + id + ".zip")
                .build()
                .toString())
        .body(zip);
  }
}
