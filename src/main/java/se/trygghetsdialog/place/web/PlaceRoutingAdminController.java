package se.trygghetsdialog.place.web;

import jakarta.validation.Valid;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.trygghetsdialog.place.PlaceRouting;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.FormSubmissions;
import se.trygghetsdialog.shared.web.WebPage;

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
  String page(MunicipalityId municipality, WebPage page) {
    PlaceRoutingAdminPages.requireAdmin();
    return pages.routes(municipality, page);
  }

  @PostMapping(ROUTES)
  String save(
      MunicipalityId municipality, @RequestParam MultiValueMap<String, String> form, WebPage page) {
    PlaceRoutingAdminPages.requireAdmin();
    pages.saveRoutes(municipality, form);
    return page.redirect("place.routing.saved", ROUTES);
  }

  @GetMapping(AREAS)
  String areas(MunicipalityId municipality, WebPage page) {
    PlaceRoutingAdminPages.requireAdmin();
    AreaRouteForm blank = new AreaRouteForm(null, null, null, null, null, null);
    return pages.areas(municipality, blank, FormErrors.none(), page);
  }

  @PostMapping(AREAS)
  String addArea(
      MunicipalityId municipality,
      @Valid @ModelAttribute("addAreaRoute") PlaceRouting.NewAreaRoute command,
      BindingResult binding,
      @ModelAttribute("form") AreaRouteForm form,
      WebPage page) {
    PlaceRoutingAdminPages.requireAdmin();
    return forms.submit(
        binding,
        () -> {
          routing.addAreaRoute(municipality, command);
          return page.redirect("place.area.added", AREAS);
        },
        errors -> pages.areas(municipality, form, errors, page));
  }

  @PostMapping(AREAS + "/ta-bort")
  String removeArea(
      MunicipalityId municipality,
      @RequestParam(required = false) @Nullable UUID routeId,
      WebPage page) {
    PlaceRoutingAdminPages.requireAdmin();
    if (routeId != null && routing.removeAreaRoute(municipality, routeId)) {
      page.redirectAttributes().addFlashAttribute("notice", "place.area.removed");
    }
    return "redirect:" + AREAS;
  }
}
