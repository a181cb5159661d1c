package se.trygghetsdialog.walk.web;

import jakarta.validation.Valid;
import java.util.Map;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.FormSubmissions;
import se.trygghetsdialog.shared.web.Option;
import se.trygghetsdialog.shared.web.WebPage;
import se.trygghetsdialog.tenancy.Organisations;
import se.trygghetsdialog.walk.Walk;
import se.trygghetsdialog.walk.WalkPoint;
import se.trygghetsdialog.walk.WalkPointSharing;

/**
 * Sharing one walk point with another organisation (Dela med organisation), with a reason, and
 * ending a share. Only walk planners and the staff of the point's owner.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class WalkShareController {

  static final String PATH = WalkPages.BASE + "/{id}/punkter/{point}/dela";

  private final WalkPointSharing sharing;
  private final WalkPages pages;
  private final WalkViews views;
  private final Organisations organisations;
  private final FormSubmissions forms;

  private static String path(Walk walk, UUID point) {
    return WalkPages.BASE + "/" + walk.id() + "/punkter/" + point + "/dela";
  }

  /** The walk, point and signed-in staff member of a share URL, if they may share the point. */
  private record Target(
      Walk walk, WalkPoint point, StaffPrincipal staff, @Nullable UUID organisation) {}

  private Target target(MunicipalityId municipality, String id, String point) {
    Walk walk = pages.walk(municipality, id);
    StaffPrincipal staff = StaffAccounts.signedIn();
    @Nullable UUID organisation = pages.organisationOf(municipality, staff);
    WalkPoint shareable =
        sharing.shareable(walk, WalkPages.id(point, "point"), staff, organisation);
    return new Target(walk, shareable, staff, organisation);
  }

  private String render(
      MunicipalityId municipality,
      Target target,
      WalkShareViews.ShareForm form,
      FormErrors errors,
      WebPage page) {
    Names names = views.names(municipality, page.ui());
    Map<UUID, String> organisationNames = names.organisations();
    WalkPoint point = target.point();
    page.add(
        "page",
        new WalkShareViews.SharePage(
            target.walk().id(),
            target.walk().title(),
            point.id(),
            names.category(point.categoryId()) + ": " + point.proposedAction(),
            names.organisation(point.ownerId()),
            sharing.ofWalk(target.walk()).stream()
                .filter(s -> s.pointId().equals(point.id()))
                .map(
                    s ->
                        new WalkShareViews.ShareRow(
                            organisationNames.getOrDefault(s.organisationId(), ""), s))
                .toList(),
            organisations.all(municipality).stream()
                .filter(o -> !o.id().equals(point.ownerId()))
                .map(
                    o ->
                        new Option(
                            o.id().toString(),
                            o.name(),
                            o.id().toString().equals(form.organisationId())))
                .toList(),
            form.reason(),
            errors));
    return "walk/staff/share";
  }

  @GetMapping(PATH)
  String show(
      MunicipalityId municipality,
      @PathVariable String id,
      @PathVariable String point,
      WebPage page) {
    return render(
        municipality,
        target(municipality, id, point),
        new WalkShareViews.ShareForm("", ""),
        FormErrors.none(),
        page);
  }

  @PostMapping(PATH)
  String share(
      MunicipalityId municipality,
      @PathVariable String id,
      @PathVariable String point,
      @Valid @ModelAttribute("share") WalkPointSharing.ShareWith command,
      BindingResult binding,
      @ModelAttribute("form") WalkShareViews.ShareForm form,
      WebPage page) {
    Target target = target(municipality, id, point);
    return forms.submit(
        binding,
        () -> {
          sharing.share(
              municipality,
              target.walk(),
              target.point().id(),
              command,
              target.staff(),
              target.organisation());
          return page.redirect(
              "walk.share.notice.shared", path(target.walk(), target.point().id()));
        },
        errors -> render(municipality, target, form, errors, page));
  }

  @PostMapping(PATH + "/{organisation}/sluta")
  String unshare(
      MunicipalityId municipality,
      @PathVariable String id,
      @PathVariable String point,
      @PathVariable String organisation,
      WebPage page) {
    Target target = target(municipality, id, point);
    sharing.unshare(
        municipality,
        target.walk(),
        target.point().id(),
        WalkPages.id(organisation, "organisation"),
        target.staff(),
        target.organisation());
    return page.redirect("walk.share.notice.unshared", path(target.walk(), target.point().id()));
  }
}
