package se.trygghetsdialog.place.web;

import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import se.trygghetsdialog.geo.PlaceCategories;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.place.Photo;
import se.trygghetsdialog.place.PlacePolicy;
import se.trygghetsdialog.place.PlaceReport;
import se.trygghetsdialog.place.PlaceReportId;
import se.trygghetsdialog.place.PlaceReports;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.NotFoundException;
import se.trygghetsdialog.shared.web.WebPage;

/** A report as staff who moderate see it: position, category, time, photo. Never public. */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PlaceStaffController {

  private final PlaceReports reports;
  private final PlaceCategories categories;

  private static void requireModerator() {
    StaffAccounts.signedIn(PlacePolicy::mayViewPhoto, "may not view place reports");
  }

  @GetMapping("/personal/platsrapporter/{id}")
  String show(MunicipalityId municipality, @PathVariable UUID id, WebPage page) {
    requireModerator();
    PlaceReport report =
        reports
            .find(municipality, new PlaceReportId(id))
            .orElseThrow(() -> new NotFoundException("report"));
    String category =
        categories
            .find(municipality, report.categoryId())
            .map(c -> c.name(page.ui().locale()))
            .orElse("");
    page.add("view", new ReportStatusView(report, category));
    return "place/staffReport";
  }

  @GetMapping("/personal/platsrapporter/{id}/foto")
  ResponseEntity<byte[]> photo(MunicipalityId municipality, @PathVariable UUID id) {
    requireModerator();
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
