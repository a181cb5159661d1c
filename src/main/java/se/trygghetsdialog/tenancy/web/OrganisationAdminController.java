package se.trygghetsdialog.tenancy.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.NotFoundException;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.FormSubmissions;
import se.trygghetsdialog.shared.web.Paging;
import se.trygghetsdialog.shared.web.Ui;
import se.trygghetsdialog.tenancy.Organisation;
import se.trygghetsdialog.tenancy.Organisations;
import se.trygghetsdialog.tenancy.TenancyReferences;

/**
 * Administrators keep the municipality's organisations: political bodies, departments, the police
 * area, housing companies, associations, schools and businesses, with their contact addresses. Only
 * administrators reach {@code /personal/admin} (SecurityConfig).
 */
@Controller
@RequestMapping(OrganisationAdminPages.BASE)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class OrganisationAdminController {

  static final int PAGE_SIZE = 25;

  private final Organisations organisations;
  private final OrganisationAdminPages pages;
  private final FormSubmissions forms;

  /** Archive or take back from the archive, as the button sends it. */
  record Archive(@NotNull(message = "{form.error.invalid}") Boolean archived) {}

  @GetMapping
  String list(
      MunicipalityId municipality,
      @RequestParam(name = "sida", defaultValue = "1") String page,
      Model model) {
    Paging paging =
        new Paging(Paging.requested(page), PAGE_SIZE, organisations.count(municipality));
    model.addAttribute(
        "organisations", organisations.page(municipality, paging.size(), paging.offset()));
    model.addAttribute("paging", paging);
    return "tenancy/organisationList";
  }

  @GetMapping("/ny")
  String addForm(Model model, @ModelAttribute("ui") Ui ui) {
    return pages.form(
        null, new OrganisationForm(null, null, null, null), FormErrors.none(), model, ui);
  }

  @PostMapping("/ny")
  String add(
      MunicipalityId municipality,
      @Valid @ModelAttribute("details") Organisations.Details command,
      BindingResult binding,
      @ModelAttribute("form") OrganisationForm form,
      Model model,
      @ModelAttribute("ui") Ui ui,
      RedirectAttributes redirect) {
    return forms.submit(
        binding,
        () -> {
          Organisation added = organisations.add(municipality, command);
          redirect.addFlashAttribute("notice", "org.notice.added");
          return "redirect:" + OrganisationAdminPages.path(added.id());
        },
        errors -> pages.form(null, form, errors, model, ui));
  }

  @GetMapping("/{id}")
  String editForm(
      MunicipalityId municipality,
      @PathVariable UUID id,
      Model model,
      @ModelAttribute("ui") Ui ui) {
    Organisation organisation = existing(municipality, id);
    return pages.form(
        organisation, OrganisationAdminPages.form(organisation), FormErrors.none(), model, ui);
  }

  @PostMapping("/{id}")
  String edit(
      MunicipalityId municipality,
      @PathVariable UUID id,
      @Valid @ModelAttribute("details") Organisations.Details command,
      BindingResult binding,
      @ModelAttribute("form") OrganisationForm form,
      Model model,
      @ModelAttribute("ui") Ui ui,
      RedirectAttributes redirect) {
    Organisation organisation = existing(municipality, id);
    return forms.submit(
        binding,
        () -> {
          organisations.edit(municipality, id, command);
          redirect.addFlashAttribute("notice", "org.notice.saved");
          return "redirect:" + OrganisationAdminPages.path(id);
        },
        errors -> pages.form(organisation, form, errors, model, ui));
  }

  @PostMapping("/{id}/arkiv")
  String archive(
      MunicipalityId municipality,
      @PathVariable UUID id,
      @Valid @ModelAttribute("archive") Archive command,
      BindingResult binding,
      Model model,
      @ModelAttribute("ui") Ui ui,
      RedirectAttributes redirect) {
    Organisation organisation = existing(municipality, id);
    return forms.submit(
        binding,
        () -> {
          organisations.archive(municipality, id, command.archived());
          redirect.addFlashAttribute(
              "notice", command.archived() ? "org.notice.archived" : "org.notice.restored");
          return "redirect:" + OrganisationAdminPages.path(id);
        },
        errors ->
            pages.form(organisation, OrganisationAdminPages.form(organisation), errors, model, ui));
  }

  /** Refused with 409 and the list of what points to it when anything does. */
  @PostMapping("/{id}/ta-bort")
  String delete(
      MunicipalityId municipality,
      @PathVariable UUID id,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Organisation organisation = existing(municipality, id);
    List<TenancyReferences.Reference> pointing = organisations.delete(municipality, id);
    if (pointing.isEmpty()) {
      redirect.addFlashAttribute("notice", "org.notice.deleted");
      return "redirect:" + OrganisationAdminPages.BASE;
    }
    response.setStatus(HttpServletResponse.SC_CONFLICT);
    return OrganisationAdminPages.inUse(
        organisation.name(),
        OrganisationAdminPages.path(id) + "/arkiv",
        OrganisationAdminPages.path(id),
        pointing,
        model);
  }

  private Organisation existing(MunicipalityId municipality, UUID id) {
    return organisations
        .find(municipality, id)
        .orElseThrow(() -> new NotFoundException("organisation"));
  }
}
