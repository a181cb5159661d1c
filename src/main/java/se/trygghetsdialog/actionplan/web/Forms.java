package se.trygghetsdialog.actionplan.web;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import se.trygghetsdialog.actionplan.ActionPlanPolicy;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.Tenant;
import se.trygghetsdialog.tenancy.Municipalities;

/** Small helpers shared by the controllers of this module. */
final class Forms {

  private Forms() {}

  /** Staff who may adopt the åtgärdsplan. */
  static StaffPrincipal manager() {
    StaffPrincipal staff = StaffAccounts.signedIn();
    if (!ActionPlanPolicy.mayAdopt(staff)) {
      throw new AccessDeniedException("may not manage measures");
    }
    return staff;
  }

  /** The municipality's name for a document, e.g. Lysekils kommun; empty if unknown. */
  static String municipalityName(Municipalities municipalities, MunicipalityId municipality) {
    return municipalities.all().stream()
        .filter(t -> t.id().equals(municipality))
        .map(Tenant::name)
        .findFirst()
        .orElse("");
  }

  /** A PDF shown in the browser, saved as {@code filename}. */
  static ResponseEntity<byte[]> inlinePdf(String filename, byte[] pdf) {
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.inline().filename(filename).build().toString())
        .body(pdf);
  }
}
