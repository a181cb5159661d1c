package se.trygghetsdialog.records.access.web;

import jakarta.validation.Valid;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.records.access.SecrecyGrounds;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.FormSubmissions;
import se.trygghetsdialog.shared.web.WebPage;

/** The administrator's list of secrecy grounds (OSL chapter and section) reviewers choose from. */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class SecrecyGroundController {

  static final String PATH = AccessPages.BASE + "/grunder";

  private final SecrecyGrounds grounds;
  private final FormSubmissions forms;

  private String render(
      MunicipalityId municipality, AccessViews.GroundForm form, FormErrors errors, WebPage page) {
    page.add("page", new AccessViews.GroundsPage(grounds.all(municipality), form, errors));
    return "records/access/grounds";
  }

  @GetMapping(PATH)
  String list(MunicipalityId municipality, WebPage page) {
    AccessPages.administrator(municipality);
    return render(municipality, new AccessViews.GroundForm("", "", ""), FormErrors.none(), page);
  }

  @PostMapping(PATH)
  String add(
      MunicipalityId municipality,
      @Valid @ModelAttribute("ground") SecrecyGrounds.AddGround command,
      BindingResult binding,
      @ModelAttribute("form") AccessViews.GroundForm form,
      WebPage page) {
    StaffPrincipal staff = AccessPages.administrator(municipality);
    return forms.submit(
        binding,
        () -> {
          grounds.add(municipality, staff.accountId(), command);
          return page.redirect("access.notice.groundAdded", PATH);
        },
        errors -> render(municipality, form, errors, page));
  }

  @PostMapping(PATH + "/{ground}/aktiv")
  String setActive(
      MunicipalityId municipality,
      @PathVariable UUID ground,
      @RequestParam(defaultValue = "false") boolean active,
      WebPage page) {
    StaffPrincipal staff = AccessPages.administrator(municipality);
    grounds.setActive(municipality, staff.accountId(), ground, active);
    return page.redirect("access.notice.groundChanged", PATH);
  }
}
