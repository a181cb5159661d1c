package se.trygghetsdialog.records.rights.web;

import jakarta.validation.Valid;
import java.time.OffsetDateTime;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import se.trygghetsdialog.identity.Role;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.records.rights.AddressForm;
import se.trygghetsdialog.records.rights.PersonalData;
import se.trygghetsdialog.records.rights.PersonalDataItem;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.pdf.TaggedPdf;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.FormSubmissions;
import se.trygghetsdialog.shared.web.WebPage;

/**
 * Registerutdrag for staff (administrator or registrator): everything tied to an e-mail address,
 * shown on the page or downloaded as JSON; each extract is audited without the address.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class RegisterExtractController {

  static final String PATH = "/personal/registerutdrag";

  private final PersonalData personalData;
  private final FormSubmissions forms;

  static StaffPrincipal registrar() {
    return StaffAccounts.signedIn(
        staff -> staff.has(Role.ADMINISTRATOR) || staff.has(Role.REGISTRAR),
        "may not issue register extracts");
  }

  @GetMapping(PATH)
  String form(WebPage page) {
    registrar();
    return render("", FormErrors.none(), List.of(), false, page);
  }

  @PostMapping(PATH)
  String show(
      MunicipalityId municipality,
      @Valid @ModelAttribute("address") AddressForm form,
      BindingResult binding,
      WebPage page) {
    StaffPrincipal staff = registrar();
    return forms.submit(
        binding,
        () -> {
          var items = personalData.find(municipality, form.value());
          personalData.audited(
              municipality, items.size(), "page", staff.accountId(), OffsetDateTime.now());
          return render(form.value(), FormErrors.none(), items, true, page);
        },
        errors -> render(form.value(), errors, List.of(), false, page));
  }

  @PostMapping(PATH + "/registerutdrag.json")
  ResponseEntity<byte[]> json(
      MunicipalityId municipality,
      @Valid @ModelAttribute("address") AddressForm form,
      BindingResult binding) {
    StaffPrincipal staff = registrar();
    if (binding.hasErrors()) {
      return ResponseEntity.badRequest().build();
    }
    return MyDataController.json(
        personalData.exportJson(
            municipality, form.value(), staff.accountId(), OffsetDateTime.now()));
  }

  @PostMapping(PATH + "/registerutdrag.pdf")
  ResponseEntity<byte[]> pdf(
      MunicipalityId municipality,
      @Valid @ModelAttribute("address") AddressForm form,
      BindingResult binding,
      WebPage page) {
    StaffPrincipal staff = registrar();
    if (binding.hasErrors()) {
      return ResponseEntity.badRequest().build();
    }
    return TaggedPdf.inline(
        "registerutdrag.pdf",
        personalData.exportPdf(
            municipality,
            form.value(),
            page.ui().tenant().name(),
            staff.accountId(),
            OffsetDateTime.now()));
  }

  private String render(
      String email,
      FormErrors errors,
      List<PersonalDataItem> items,
      boolean searched,
      WebPage page) {
    page.add("email", email).add("errors", errors).add("items", items).add("searched", searched);
    return "records/rights/registerExtract";
  }
}
