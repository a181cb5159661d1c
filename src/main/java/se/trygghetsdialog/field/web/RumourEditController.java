package se.trygghetsdialog.field.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.trygghetsdialog.field.FieldRuleViolation;
import se.trygghetsdialog.field.Rumour;
import se.trygghetsdialog.field.RumourLog;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.NotFoundException;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.Ui;

/**
 * One rumour in the log: editing it, with a 409 when someone else saved meanwhile, and publishing
 * or unpublishing its clarification.
 */
@Controller
class RumourEditController {

  private final RumourLog log;
  private final RumourPages pages;

  RumourEditController(RumourLog log, RumourPages pages) {
    this.log = log;
    this.pages = pages;
  }

  @GetMapping("/personal/rykten/{id}")
  String edit(
      MunicipalityId municipality,
      @PathVariable UUID id,
      Model model,
      @ModelAttribute("ui") Ui ui) {
    RumourPages.coordinator(municipality);
    Rumour rumour = log.find(municipality, id).orElseThrow(() -> new NotFoundException("rumour"));
    return pages.render(
        municipality, RumourViews.RumourForm.of(rumour), FormErrors.none(), rumour, model, ui);
  }

  @PostMapping("/personal/rykten/{id}")
  String save(
      MunicipalityId municipality,
      @PathVariable UUID id,
      @ModelAttribute("form") RumourViews.RumourForm form,
      HttpServletResponse response,
      Model model,
      @ModelAttribute("ui") Ui ui,
      RedirectAttributes redirect) {
    StaffPrincipal staff = RumourPages.coordinator(municipality);
    Rumour rumour = log.find(municipality, id).orElseThrow(() -> new NotFoundException("rumour"));
    FormErrors.Builder errors = pages.errorsBuilder(ui);
    RumourLog.Input input = pages.input(municipality, form, errors);
    if (input != null) {
      try {
        log.edit(municipality, staff.accountId(), id, version(form, rumour), input);
        redirect.addFlashAttribute("notice", "field.rumour.notice.saved");
        return "redirect:/personal/rykten/" + id;
      } catch (RumourLog.ChangedMeanwhile changed) {
        return conflict(municipality, form, changed.current(), response, model, ui);
      } catch (FieldRuleViolation violation) {
        errors.add(violation);
      }
    } else if (version(form, rumour) != rumour.version()) {
      // Stale and wrong: say first that someone else saved meanwhile.
      return conflict(municipality, form, rumour, response, model, ui);
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    return pages.render(municipality, form, errors.build(), rumour, model, ui);
  }

  @PostMapping("/personal/rykten/{id}/publicera")
  String publish(
      MunicipalityId municipality,
      @PathVariable UUID id,
      HttpServletResponse response,
      Model model,
      @ModelAttribute("ui") Ui ui,
      RedirectAttributes redirect) {
    StaffPrincipal staff = RumourPages.coordinator(municipality);
    Rumour rumour = log.find(municipality, id).orElseThrow(() -> new NotFoundException("rumour"));
    try {
      log.publish(municipality, staff.accountId(), id);
    } catch (FieldRuleViolation violation) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return pages.render(
          municipality,
          RumourViews.RumourForm.of(rumour),
          pages.errorsBuilder(ui).add(violation).build(),
          rumour,
          model,
          ui);
    }
    redirect.addFlashAttribute("notice", "field.rumour.notice.published");
    return "redirect:/personal/rykten/" + id;
  }

  @PostMapping("/personal/rykten/{id}/avpublicera")
  String unpublish(
      MunicipalityId municipality, @PathVariable UUID id, RedirectAttributes redirect) {
    StaffPrincipal staff = RumourPages.coordinator(municipality);
    log.find(municipality, id).orElseThrow(() -> new NotFoundException("rumour"));
    log.unpublish(municipality, staff.accountId(), id);
    redirect.addFlashAttribute("notice", "field.rumour.notice.unpublished");
    return "redirect:/personal/rykten/" + id;
  }

  /** The version the form was opened at; a form without one counts as opened just now. */
  private static int version(RumourViews.RumourForm form, Rumour rumour) {
    try {
      return Integer.parseInt(form.version().strip());
    } catch (NumberFormatException e) {
      return rumour.version();
    }
  }

  /** 409: what was typed stays in the form, the rumour as it is now is shown beside it. */
  private String conflict(
      MunicipalityId municipality,
      RumourViews.RumourForm form,
      Rumour current,
      HttpServletResponse response,
      Model model,
      Ui ui) {
    response.setStatus(HttpServletResponse.SC_CONFLICT);
    FormErrors errors =
        pages.errorsBuilder(ui).add("rumour-current", "field.rumour.error.stale").build();
    return pages.render(
        municipality,
        form.over(current),
        errors,
        current,
        new RumourViews.RumourRow(current, pages.areaNames(municipality).apply(current.areaId())),
        model,
        ui);
  }
}
