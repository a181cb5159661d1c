package se.trygghetsdialog.walk.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.FormSubmissions;
import se.trygghetsdialog.shared.web.WebPage;
import se.trygghetsdialog.walk.ChangePointStatus;
import se.trygghetsdialog.walk.PlanWalk;
import se.trygghetsdialog.walk.SendWalkProtocol;
import se.trygghetsdialog.walk.Walk;
import se.trygghetsdialog.walk.Walks;

/**
 * The staff page of one walk: invitees and their addresses, registrations, points and their status,
 * the photo of a point, and sending the protocol to the owners (also an amended protocol).
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class WalkPageController {

  static final String BASE = WalkPages.BASE;

  private final PlanWalk planWalk;
  private final ChangePointStatus changeStatus;
  private final SendWalkProtocol sendProtocol;
  private final WalkPages pages;
  private final FormSubmissions submissions;

  @GetMapping(BASE + "/{id}")
  String show(MunicipalityId municipality, @PathVariable String id, WebPage page) {
    Walk walk = pages.walk(municipality, id);
    pages.reader(municipality, walk);
    @SuppressWarnings("unchecked")
    List<String> warnings =
        page.model().getAttribute("warnings") instanceof List<?> list
            ? (List<String>) list
            : List.of();
    return pages.renderShow(municipality, walk, warnings, FormErrors.none(), "", page);
  }

  @PostMapping(BASE + "/{id}/inbjudna/{organisation}")
  String changeEmail(
      MunicipalityId municipality,
      @PathVariable String id,
      @PathVariable String organisation,
      @Valid @ModelAttribute("inviteeAddress") PlanWalk.InviteeAddress command,
      BindingResult binding,
      WebPage page) {
    StaffPrincipal staff = WalkPages.planner();
    Walk walk = pages.walk(municipality, id);
    UUID organisationId = WalkPages.id(organisation, "organisation");
    return submitRow(
        municipality,
        walk,
        binding,
        () -> planWalk.changeInviteeEmail(municipality, walk.id(), organisationId, command, staff),
        "walk.notice.emailSaved",
        "#inbjudna",
        organisationId,
        "",
        page);
  }

  @PostMapping(BASE + "/{id}/punkter/{point}/status")
  String status(
      MunicipalityId municipality,
      @PathVariable String id,
      @PathVariable String point,
      @Valid @ModelAttribute("changePointStatus") ChangePointStatus.Command command,
      BindingResult binding,
      WebPage page) {
    Walk walk = pages.walk(municipality, id);
    StaffPrincipal staff = pages.reader(municipality, walk);
    UUID pointId = WalkPages.id(point, "point");
    return submitRow(
        municipality,
        walk,
        binding,
        () ->
            changeStatus.change(
                municipality,
                walk.id(),
                pointId,
                command,
                staff,
                pages.organisationOf(municipality, staff)),
        "walk.notice.statusChanged",
        "#punkt-" + pointId,
        pointId,
        pointId.toString(),
        page);
  }

  @GetMapping(BASE + "/{id}/punkter/{point}/foto")
  ResponseEntity<byte[]> photo(
      MunicipalityId municipality, @PathVariable String id, @PathVariable String point) {
    Walks.Photo photo = pages.photo(municipality, pages.walk(municipality, id), point);
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(photo.contentType()))
        .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
        .body(photo.bytes());
  }

  /**
   * The first send, and later the same protocol to owners who have not got it (an address was saved
   * since); with {@code andrat}, an amended protocol as a new version to every owner. A refusal
   * shows the walk's page again: 409 when someone sent it meanwhile (or the form was sent twice).
   */
  @PostMapping(BASE + "/{id}/skicka")
  String send(
      MunicipalityId municipality,
      @PathVariable String id,
      @Valid @ModelAttribute("sendWalkProtocol") SendWalkProtocol.Command command,
      BindingResult binding,
      HttpServletRequest request,
      WebPage page) {
    StaffPrincipal staff = WalkPages.planner();
    Walk walk = pages.walk(municipality, id);
    String origin =
        ServletUriComponentsBuilder.fromContextPath(request).replacePath("").toUriString();
    String publicUrl = origin + "/trygghetsvandringar/" + walk.id() + "/protokoll";
    String staffUrl = origin + BASE + "/" + walk.id();
    return submissions.submit(
        binding,
        () -> {
          SendWalkProtocol.Result result =
              sendProtocol.send(municipality, walk.id(), command, staff, publicUrl, staffUrl);
          page.redirectAttributes()
              .addFlashAttribute(
                  "warnings",
                  result.ownersWithoutEmail().stream()
                      .map(o -> page.ui().t("walk.warning.noEmail", o))
                      .toList());
          return page.redirect(
              command.amendedFrom() == null ? "walk.notice.sent" : "walk.notice.amended",
              BASE + "/" + walk.id());
        },
        errors -> pages.renderShow(municipality, walk, errors, "", page));
  }

  /**
   * Submits the form of one row of the walk's page (an invitee, a point): on success the notice and
   * back to the row's anchor, else the page again with the errors named for the row.
   */
  private String submitRow(
      MunicipalityId municipality,
      Walk walk,
      BindingResult binding,
      Runnable action,
      String notice,
      String anchor,
      UUID row,
      String errorPoint,
      WebPage page) {
    return submissions.submit(
        binding,
        () -> {
          action.run();
          return page.redirect(notice, BASE + "/" + walk.id() + anchor);
        },
        errors ->
            pages.renderShow(municipality, walk, errors.suffixed("-" + row), errorPoint, page));
  }
}
