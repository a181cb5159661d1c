package se.trygghetsdialog.measure.web;

import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.measure.MeasurePolicy;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.Tenant;
import se.trygghetsdialog.shared.web.Option;
import se.trygghetsdialog.shared.web.Ui;
import se.trygghetsdialog.tenancy.Municipalities;

/** Small helpers shared by the staff controllers of this module. */
final class Forms {

  private Forms() {}

  static StaffPrincipal staff() {
    return StaffAccounts.signedIn();
  }

  static StaffPrincipal viewer() {
    StaffPrincipal staff = staff();
    if (!MeasurePolicy.mayView(staff)) {
      throw new AccessDeniedException("may not view measures");
    }
    return staff;
  }

  static StaffPrincipal manager() {
    StaffPrincipal staff = staff();
    if (!MeasurePolicy.mayManage(staff)) {
      throw new AccessDeniedException("may not manage measures");
    }
    return staff;
  }

  static StaffPrincipal decider() {
    StaffPrincipal staff = staff();
    if (!MeasurePolicy.mayRecordDecision(staff)) {
      throw new AccessDeniedException("may not record decisions");
    }
    return staff;
  }

  static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String value) {
    return se.trygghetsdialog.shared.web.FormText.enumValue(type, value);
  }

  static int integer(@Nullable String value, int fallback) {
    try {
      return value == null ? fallback : Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      return fallback;
    }
  }

  /** The municipality's name for a document, e.g. "Lysekils kommun"; empty if unknown. */
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

  static <E extends Enum<E>> List<Option> options(
      E[] values, String prefix, @Nullable String selected, Ui ui) {
    return Arrays.stream(values)
        .map(v -> new Option(v.name(), ui.e(prefix, v), v.name().equals(selected)))
        .toList();
  }
}
