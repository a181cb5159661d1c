package se.trygghetsdialog.geo.web;

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
import se.trygghetsdialog.geo.EditAreas;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.NotFoundException;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.FormSubmissions;
import se.trygghetsdialog.shared.web.Paging;
import se.trygghetsdialog.tenancy.Area;
import se.trygghetsdialog.tenancy.Areas;
import se.trygghetsdialog.tenancy.TenancyReferences;

/**
 * Administrators keep the municipality's areas: entered by hand, drawn on the map (the drawing
 * writes GeoJSON into the boundary field, which can also be filled in without JavaScript), edited,
 * archived. Only administrators reach {@code /personal/admin} (SecurityConfig).
 */
@Controller
@RequestMapping(AreaAdminPages.BASE)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AreaAdminController {

  static final int PAGE_SIZE = 25;

  private final Areas areas;
  private final EditAreas editAreas;
  private final AreaAdminPages pages;
  private final FormSubmissions forms;

  /** Archive or take back from the archive, as the button sends it. */
  record Archive(@NotNull(message = "{form.error.invalid}") Boolean archived) {}

  @GetMapping
  String list(
      MunicipalityId municipality,
      @RequestParam(name = "sida", defaultValue = "1") String page,
      Model model) {
    Paging paging = new Paging(Paging.requested(page), PAGE_SIZE, areas.count(municipality));
    model.addAttribute("areas", areas.page(municipality, paging.size(), paging.offset()));
    model.addAttribute("paging", paging);
    return "tenancy/areaList";
  }

  @GetMapping("/ny")
  String addForm(MunicipalityId municipality, Model model) {
    return pages.form(
        municipality, null, new AreaForm(null, null, null, null, null), FormErrors.none(), model);
  }

  @PostMapping("/ny")
  String add(
      MunicipalityId municipality,
      @Valid @ModelAttribute("editArea") EditAreas.Command command,
      BindingResult binding,
      @ModelAttribute("form") AreaForm form,
      Model model,
      RedirectAttributes redirect) {
    return forms.submit(
        binding,
        () -> {
          Area added = editAreas.add(municipality, command);
          redirect.addFlashAttribute("notice", "area.notice.added");
          return "redirect:" + AreaAdminPages.BASE + "/" + added.id();
        },
        errors -> pages.form(municipality, null, form, errors, model));
  }

  @GetMapping("/{id}")
  String editForm(MunicipalityId municipality, @PathVariable UUID id, Model model) {
    Area area = existing(municipality, id);
    return pages.form(municipality, area, AreaAdminPages.form(area), FormErrors.none(), model);
  }

  @PostMapping("/{id}")
  String edit(
      MunicipalityId municipality,
      @PathVariable UUID id,
      @Valid @ModelAttribute("editArea") EditAreas.Command command,
      BindingResult binding,
      @ModelAttribute("form") AreaForm form,
      Model model,
      RedirectAttributes redirect) {
    Area area = existing(municipality, id);
    return forms.submit(
        binding,
        () -> {
          editAreas.edit(municipality, id, command);
          redirect.addFlashAttribute("notice", "area.notice.saved");
          return "redirect:" + AreaAdminPages.BASE + "/" + id;
        },
        errors -> pages.form(municipality, area, form, errors, model));
  }

  @PostMapping("/{id}/arkiv")
  String archive(
      MunicipalityId municipality,
      @PathVariable UUID id,
      @Valid @ModelAttribute("archive") Archive command,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect) {
    Area area = existing(municipality, id);
    return forms.submit(
        binding,
        () -> {
          areas.archive(municipality, id, command.archived());
          redirect.addFlashAttribute(
              "notice", command.archived() ? "area.notice.archived" : "area.notice.restored");
          return "redirect:" + AreaAdminPages.BASE + "/" + id;
        },
        errors -> pages.form(municipality, area, AreaAdminPages.form(area), errors, model));
  }

  /** Refused with 409 and the list of what points to it when anything does. */
  @PostMapping("/{id}/ta-bort")
  String delete(
      MunicipalityId municipality,
      @PathVariable UUID id,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Area area = existing(municipality, id);
    List<TenancyReferences.Reference> pointing = areas.delete(municipality, id);
    if (pointing.isEmpty()) {
      redirect.addFlashAttribute("notice", "area.notice.deleted");
      return "redirect:" + AreaAdminPages.BASE;
    }
    response.setStatus(HttpServletResponse.SC_CONFLICT);
    model.addAttribute("name", area.name());
    model.addAttribute("archiveAction", AreaAdminPages.BASE + "/" + id + "/arkiv");
    model.addAttribute("back", AreaAdminPages.BASE + "/" + id);
    model.addAttribute("references", pointing);
    return "tenancy/inUse";
  }

  private Area existing(MunicipalityId municipality, UUID id) {
    return areas.find(municipality, id).orElseThrow(() -> new NotFoundException("area"));
  }
}
