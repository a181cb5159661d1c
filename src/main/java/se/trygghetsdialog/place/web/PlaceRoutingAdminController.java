package se.trygghetsdialog.place.web;

import jakarta.validation.Valid;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.trygghetsdialog.place.PlaceRouting;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.FormSubmissions;
import se.trygghetsdialog.shared.web.Notices;
import se.trygghetsdialog.shared.web.Ui;

/**
 * Administrators decide which organisations get the reports of each category, and which
 * organisations (typically housing companies) get the reports inside their areas.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PlaceRoutingAdminController {

  private static final String ROUTES = "/personal/admin/kategorier/routning";
  private static final String AREAS = "/personal/admin/kategorier/omraden";

  private final PlaceRouting routing;
  private final PlaceRoutingAdminPages pages;
  private final FormSubmissions forms;

  @GetMapping(ROUTES)
  String page(MunicipalityId municipality, Model model, @ModelAttribute("ui") Ui ui) {
    PlaceRoutingAdminPages.requireAdmin();
    return pages.routes(municipality, model, ui);
  }

  @PostMapping(ROUTES)
  String save(
      MunicipalityId municipality,
      @RequestParam MultiValueMap<String, String> form,
      RedirectAttributes redirect) {
    PlaceRoutingAdminPages.requireAdmin();
    pages.saveRoutes(municipality, form);
    return Notices.redirect(redirect, "place.routing.saved", ROUTES);
  }

  @GetMapping(AREAS)
  String areas(MunicipalityId municipality, Model model) {
    PlaceRoutingAdminPages.requireAdmin();
    AreaRouteForm blank = new AreaRouteForm(null, null, null, null, null, null);
    return pages.areas(municipality, blank, FormErrors.none(), model);
  }

  @PostMapping(AREAS)
  String addArea(
      MunicipalityId municipality,
      @Valid @ModelAttribute("addAreaRoute") PlaceRouting.NewAreaRoute command,
      BindingResult binding,
      @ModelAttribute("form") AreaRouteForm form,
      Model model,
      RedirectAttributes redirect) {
    PlaceRoutingAdminPages.requireAdmin();
    return forms.submit(
        binding,
        () -> {
          routing.addAreaRoute(municipality, command);
          return Notices.redirect(redirect, "place.area.added", AREAS);
        },
        errors -> pages.areas(municipality, form, errors, model));
  }

  @PostMapping(AREAS + "/ta-bort")
  String removeArea(
      MunicipalityId municipality,
      @RequestParam(required = false) @Nullable UUID routeId,
      RedirectAttributes redirect) {
    PlaceRoutingAdminPages.requireAdmin();
    if (routeId != null && routing.removeAreaRoute(municipality, routeId)) {
      redirect.addFlashAttribute("notice", "place.area.removed");
    }
    return "redirect:" + AREAS;
  }
}
