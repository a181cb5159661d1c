package se.trygghetsdialog.place.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.trygghetsdialog.geo.Coordinates;
import se.trygghetsdialog.geo.PlaceCategories;
import se.trygghetsdialog.geo.PlaceCategory;
import se.trygghetsdialog.geo.PlaceSettings;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.place.AreaRoute;
import se.trygghetsdialog.place.PlacePolicy;
import se.trygghetsdialog.place.PlaceRouting;
import se.trygghetsdialog.place.PlaceRuleViolation;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.FormText;
import se.trygghetsdialog.shared.web.Option;
import se.trygghetsdialog.shared.web.Ui;
import se.trygghetsdialog.tenancy.Organisation;
import se.trygghetsdialog.tenancy.Organisations;

/**
 * Administrators decide which organisations get the reports of each category, and which
 * organisations (typically housing companies) get the reports inside their areas.
 */
@Controller
class PlaceRoutingAdminController {

  private final PlaceCategories categories;
  private final PlaceRouting routing;
  private final Organisations organisations;
  private final PlaceSettings settings;
  private final MessageSource messages;

  PlaceRoutingAdminController(
      PlaceCategories categories,
      PlaceRouting routing,
      Organisations organisations,
      PlaceSettings settings,
      MessageSource messages) {
    this.categories = categories;
    this.routing = routing;
    this.organisations = organisations;
    this.settings = settings;
    this.messages = messages;
  }

  private static void requireAdmin() {
    if (StaffAccounts.current().filter(PlacePolicy::mayAdminister).isEmpty()) {
      throw new AccessDeniedException("may not administer the safety map");
    }
  }

  @GetMapping("/personal/admin/kategorier/routning")
  String page(MunicipalityId municipality, Model model, @ModelAttribute("ui") Ui ui) {
    requireAdmin();
    List<Organisation> all =
        organisations.all(municipality).stream().filter(o -> !o.kind().political()).toList();
    List<RouteRow> rows = new ArrayList<>();
    for (PlaceCategory c : categories.all(municipality)) {
      List<UUID> routed = routing.routes(municipality, c.id());
      rows.add(
          new RouteRow(
              c.id().toString(),
              c.name(ui.locale()),
              all.stream()
                  .map(o -> new Option(o.id().toString(), o.name(), routed.contains(o.id()), ""))
                  .toList()));
    }
    model.addAttribute("rows", rows);
    return "place/routing";
  }

  @PostMapping("/personal/admin/kategorier/routning")
  String save(
      MunicipalityId municipality,
      @RequestParam MultiValueMap<String, String> form,
      RedirectAttributes redirect) {
    requireAdmin();
    for (PlaceCategory c : categories.all(municipality)) {
      List<String> values = form.getOrDefault("route-" + c.id(), List.of());
      List<UUID> ids =
          values.stream().map(FormText::uuid).filter(java.util.Objects::nonNull).toList();
      routing.setRoutes(municipality, c.id(), ids);
    }
    redirect.addFlashAttribute("notice", "place.routing.saved");
    return "redirect:/personal/admin/kategorier/routning";
  }

  // ---- area routes -----------------------------------------------------------------------------

  private static final String AREAS = "/personal/admin/kategorier/omraden";

  @GetMapping(AREAS)
  String areas(MunicipalityId municipality, Model model) {
    requireAdmin();
    return renderAreas(
        municipality, new AreaRouteForm(null, null, null, null, null), FormErrors.none(), model);
  }

  private String renderAreas(
      MunicipalityId municipality, AreaRouteForm form, FormErrors errors, Model model) {
    List<Organisation> all =
        organisations.all(municipality).stream().filter(o -> !o.kind().political()).toList();
    List<AreaRouteRow> rows =
        routing.areaRoutes(municipality).stream()
            .map(
                a ->
                    new AreaRouteRow(
                        a.id().toString(),
                        a.name(),
                        routing.organisationName(municipality, a.organisationId()),
                        String.format(
                            Locale.ROOT,
                            "%.5f, %.5f",
                            a.centre().latitude(),
                            a.centre().longitude()),
                        String.valueOf(a.radiusMetres())))
            .toList();
    var map = settings.of(municipality);
    model.addAttribute("rows", rows);
    model.addAttribute(
        "organisations",
        all.stream()
            .map(
                o ->
                    new Option(
                        o.id().toString(),
                        o.name(),
                        o.id().toString().equals(form.organisationId()),
                        ""))
            .toList());
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute(
        "bounds",
        String.format(
            Locale.ROOT,
            "%.4f–%.4f, %.4f–%.4f",
            map.minLatitude(),
            map.maxLatitude(),
            map.minLongitude(),
            map.maxLongitude()));
    return "place/areaRoutes";
  }

  @PostMapping(AREAS)
  String addArea(
      MunicipalityId municipality,
      @ModelAttribute("form") AreaRouteForm form,
      Model model,
      @ModelAttribute("ui") Ui ui,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    requireAdmin();
    FormErrors.Builder errors = FormErrors.builder(messages, ui.locale());
    UUID organisation = FormText.uuid(form.organisationId());
    Double latitude = number(form.latitude());
    Double longitude = number(form.longitude());
    Double radius = number(form.radius());
    if (organisation == null) {
      errors.add("organisationId", "place.error.area.organisation");
    }
    if (FormText.clean(form.name()).isEmpty()
        || FormText.clean(form.name()).length() > AreaRoute.MAX_NAME_LENGTH) {
      errors.add("name", "place.error.area.name");
    }
    if (latitude == null || longitude == null) {
      errors.add("latitude", "place.error.area.centre");
    }
    if (radius == null
        || radius != Math.rint(radius)
        || radius < AreaRoute.MIN_RADIUS_METRES
        || radius > AreaRoute.MAX_RADIUS_METRES) {
      errors.add("radius", "place.error.area.radius");
    }
    if (!errors.any()) {
      try {
        routing.addAreaRoute(
            municipality,
            organisation,
            FormText.clean(form.name()),
            new Coordinates(latitude, longitude),
            radius.intValue());
        redirect.addFlashAttribute("notice", "place.area.added");
        return "redirect:" + AREAS;
      } catch (PlaceRuleViolation violation) {
        errors.add(violation);
      }
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    return renderAreas(municipality, form, errors.build(), model);
  }

  @PostMapping(AREAS + "/ta-bort")
  String removeArea(
      MunicipalityId municipality,
      @RequestParam(required = false) @Nullable String routeId,
      RedirectAttributes redirect) {
    requireAdmin();
    UUID id = FormText.uuid(routeId);
    if (id != null && routing.removeAreaRoute(municipality, id)) {
      redirect.addFlashAttribute("notice", "place.area.removed");
    }
    return "redirect:" + AREAS;
  }

  private static @Nullable Double number(@Nullable String value) {
    String cleaned = FormText.clean(value).replace(',', '.');
    try {
      double d = Double.parseDouble(cleaned);
      return Double.isFinite(d) ? d : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
