package se.trygghetsdialog.records.registration.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.records.registration.DiarienummerImport;
import se.trygghetsdialog.records.registration.Registry;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.WebPage;

/**
 * The registrar's list of registration entries with its filters, the exports for the diarium (CSV
 * and JSON, docs/records-formats.md), the import of diarienummer and, for administrators, the read
 * API's token.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class RegistrationController {

  static final String PATH = "/personal/registrering";

  private final Registry registry;
  private final RegistrationPages pages;

  @GetMapping(PATH)
  String list(
      MunicipalityId municipality,
      RegistrationQuery query,
      @RequestParam(name = "sida", defaultValue = "1") int sida,
      WebPage page) {
    RegistrationPages.registrar();
    return pages.render(municipality, query, sida, FormErrors.none(), page);
  }

  @GetMapping(PATH + "/export.csv")
  ResponseEntity<byte[]> csv(MunicipalityId municipality, RegistrationQuery query) {
    StaffPrincipal staff = RegistrationPages.registrar();
    return RegistrationFormats.csv(
        registry.export(municipality, query.filter(), staff.accountId(), "csv"),
        pages.organisationNames(municipality));
  }

  @GetMapping(PATH + "/export.json")
  ResponseEntity<byte[]> json(MunicipalityId municipality, RegistrationQuery query) {
    StaffPrincipal staff = RegistrationPages.registrar();
    return RegistrationFormats.jsonDownload(
        registry.export(municipality, query.filter(), staff.accountId(), "json"),
        pages.organisationNames(municipality));
  }

  @PostMapping(PATH + "/import")
  String importDiarienummer(
      MunicipalityId municipality,
      @RequestParam(name = "fil", required = false) MultipartFile file,
      WebPage page) {
    StaffPrincipal staff = RegistrationPages.registrar();
    RegistrationPages.Upload upload = RegistrationPages.upload(file);
    if (upload == null) {
      return pages.render(
          municipality,
          RegistrationPages.NO_FILTER,
          1,
          pages.errors(page, "records.registration.import.error.noFile"),
          page);
    }
    DiarienummerImport.Result result =
        registry.importDiarienummer(municipality, upload.name(), upload.text(), staff.accountId());
    if (!result.errors().isEmpty()) {
      return pages.render(
          municipality,
          RegistrationPages.NO_FILTER,
          1,
          pages.errors(page, upload.name(), result),
          page);
    }
    return page.redirect("records.registration.import.done", PATH);
  }

  /** A new token for the diarium's read API, shown once. */
  @PostMapping("/personal/admin/registrering/nyckel")
  String newToken(MunicipalityId municipality, WebPage page) {
    StaffPrincipal staff = RegistrationPages.administrator();
    page.add("token", registry.newApiToken(municipality, staff.accountId()));
    return "records/registrationToken";
  }
}
