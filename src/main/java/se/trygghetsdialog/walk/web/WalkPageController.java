package se.trygghetsdialog.walk.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.NotFoundException;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.FormText;
import se.trygghetsdialog.shared.web.Ui;
import se.trygghetsdialog.walk.ChangePointStatus;
import se.trygghetsdialog.walk.PlanWalk;
import se.trygghetsdialog.walk.PointStatus;
import se.trygghetsdialog.walk.Walk;
import se.trygghetsdialog.walk.WalkPolicy;
import se.trygghetsdialog.walk.WalkRuleViolation;
import se.trygghetsdialog.walk.Walks;

/**
 * The staff page of one walk: invitees and their addresses, registrations, points and their status,
 * and the photo of a point.
 */
@Controller
class WalkPageController {

  static final String BASE = WalkPages.BASE;

  private final Walks walks;
  private final PlanWalk planWalk;
  private final ChangePointStatus changeStatus;
  private final WalkPages pages;
  private final MessageSource messages;

  WalkPageController(
      Walks walks,
      PlanWalk planWalk,
      ChangePointStatus changeStatus,
      WalkPages pages,
      MessageSource messages) {
    this.walks = walks;
    this.planWalk = planWalk;
    this.changeStatus = changeStatus;
    this.pages = pages;
    this.messages = messages;
  }

  @GetMapping(BASE + "/{id}")
  String show(
      MunicipalityId municipality,
      @PathVariable String id,
      Model model,
      @ModelAttribute("ui") Ui ui) {
    Walk walk = pages.walk(municipality, id);
    pages.reader(municipality, walk);
    @SuppressWarnings("unchecked")
    List<String> warnings =
        model.getAttribute("warnings") instanceof List<?> list ? (List<String>) list : List.of();
    return pages.renderShow(municipality, walk, warnings, FormErrors.none(), "", model, ui);
  }

  @PostMapping(BASE + "/{id}/inbjudna/{organisation}")
  String changeEmail(
      MunicipalityId municipality,
      @PathVariable String id,
      @PathVariable String organisation,
      @RequestParam(name = "email", defaultValue = "") String email,
      HttpServletResponse response,
      Model model,
      @ModelAttribute("ui") Ui ui,
      RedirectAttributes redirect) {
    StaffPrincipal staff = WalkPages.planner();
    Walk walk = pages.walk(municipality, id);
    UUID organisationId = FormText.uuid(organisation);
    if (organisationId == null) {
      throw new NotFoundException("organisation");
    }
    try {
      planWalk.changeInviteeEmail(
          municipality, walk.id(), organisationId, FormText.clean(email), staff);
      redirect.addFlashAttribute("notice", "walk.notice.emailSaved");
      return "redirect:" + BASE + "/" + walk.id() + "#inbjudna";
    } catch (WalkRuleViolation violation) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      FormErrors errors = FormErrors.builder(messages, ui.locale()).add(violation).build();
      return pages.renderShow(municipality, walk, List.of(), errors, "", model, ui);
    }
  }

  @PostMapping(BASE + "/{id}/punkter/{point}/status")
  String status(
      MunicipalityId municipality,
      @PathVariable String id,
      @PathVariable String point,
      @RequestParam(name = "status", defaultValue = "") String status,
      @RequestParam(name = "reason", defaultValue = "") String reason,
      HttpServletResponse response,
      Model model,
      @ModelAttribute("ui") Ui ui,
      RedirectAttributes redirect) {
    Walk walk = pages.walk(municipality, id);
    StaffPrincipal staff = pages.reader(municipality, walk);
    UUID pointId = FormText.uuid(point);
    if (pointId == null) {
      throw new NotFoundException("point");
    }
    PointStatus next = FormText.enumValue(PointStatus.class, status);
    FormErrors.Builder errors = FormErrors.builder(messages, ui.locale());
    if (next == null) {
      errors.add("status-" + pointId, "walk.error.status.required");
    } else {
      UUID organisation = pages.organisationOf(municipality, staff);
      try {
        changeStatus.change(
            municipality, walk.id(), pointId, next, FormText.clean(reason), staff, organisation);
        redirect.addFlashAttribute("notice", "walk.notice.statusChanged");
        return "redirect:" + BASE + "/" + walk.id() + "#punkt-" + pointId;
      } catch (WalkRuleViolation violation) {
        errors.add(violation.field() + "-" + pointId, violation.messageKey());
      }
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    return pages.renderShow(
        municipality, walk, List.of(), errors.build(), pointId.toString(), model, ui);
  }

  @GetMapping(BASE + "/{id}/punkter/{point}/foto")
  ResponseEntity<byte[]> photo(
      MunicipalityId municipality, @PathVariable String id, @PathVariable String point) {
    Walk walk = pages.walk(municipality, id);
    StaffPrincipal staff = pages.reader(municipality, walk);
    UUID pointId = FormText.uuid(point);
    if (pointId == null) {
      throw new NotFoundException("photo");
    }
    @Nullable UUID organisation = pages.organisationOf(municipality, staff);
    if (walks.points(walk).stream()
        .noneMatch(
            p ->
                p.id().equals(pointId)
                    && WalkPolicy.maySeePoint(staff, organisation, p.ownerId()))) {
      throw new NotFoundException("photo");
    }
    Walks.Photo photo =
        walks.photo(walk, pointId).orElseThrow(() -> new NotFoundException("photo"));
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(photo.contentType()))
        .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
        .body(photo.bytes());
  }
}
