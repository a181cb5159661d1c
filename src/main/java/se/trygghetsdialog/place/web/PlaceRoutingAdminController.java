package se.trygghetsdialog.place.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.place.PlaceCategories;
import se.trygghetsdialog.place.PlaceCategory;
import se.trygghetsdialog.place.PlacePolicy;
import se.trygghetsdialog.place.PlaceRouting;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.FormText;
import se.trygghetsdialog.shared.web.Option;
import se.trygghetsdialog.shared.web.Ui;
import se.trygghetsdialog.tenancy.Organisation;
import se.trygghetsdialog.tenancy.Organisations;

/** Administrators decide which organisations get the reports of each category. */
@Controller
class PlaceRoutingAdminController {

  private final PlaceCategories categories;
  private final PlaceRouting routing;
  private final Organisations organisations;

  PlaceRoutingAdminController(
      PlaceCategories categories, PlaceRouting routing, Organisations organisations) {
    this.categories = categories;
    this.routing = routing;
    this.organisations = organisations;
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
}
