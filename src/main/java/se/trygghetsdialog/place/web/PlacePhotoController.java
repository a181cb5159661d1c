package se.trygghetsdialog.place.web;

import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.place.Photo;
import se.trygghetsdialog.place.PlacePolicy;
import se.trygghetsdialog.place.PlaceReportId;
import se.trygghetsdialog.place.PlaceReports;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.NotFoundException;

/** A report's photo, for moderators and administrators only. */
@Controller
class PlacePhotoController {

  private final PlaceReports reports;

  PlacePhotoController(PlaceReports reports) {
    this.reports = reports;
  }

  @GetMapping("/personal/platsrapporter/{id}/foto")
  ResponseEntity<byte[]> photo(MunicipalityId municipality, @PathVariable UUID id) {
    if (StaffAccounts.current().filter(PlacePolicy::mayViewPhoto).isEmpty()) {
      throw new AccessDeniedException("may not view photos");
    }
    Photo photo =
        reports
            .photo(municipality, new PlaceReportId(id))
            .orElseThrow(() -> new NotFoundException("photo"));
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(photo.contentType()))
        .cacheControl(CacheControl.noStore())
        .header("X-Content-Type-Options", "nosniff")
        .body(photo.bytes());
  }
}
