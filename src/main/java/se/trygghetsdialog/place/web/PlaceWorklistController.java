package se.trygghetsdialog.place.web;

import jakarta.validation.Valid;
import java.util.function.Function;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.trygghetsdialog.place.Assignment;
import se.trygghetsdialog.place.PlaceRouting;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.FormSubmissions;
import se.trygghetsdialog.shared.web.Notices;
import se.trygghetsdialog.shared.web.Ui;

/**
 * The worklist: approved reports routed to the staff member's organisation (all of them for
 * administrators), with a status form per report.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PlaceWorklistController {

  private final PlaceRouting routing;
  private final PlaceWorklistPages pages;
  private final FormSubmissions forms;

  @GetMapping("/personal/arbetslista")
  String worklist(
      MunicipalityId municipality,
      @RequestParam(name = "sida", defaultValue = "1") String page,
      Model model,
      @ModelAttribute("ui") Ui ui) {
    return pages.render(
        municipality,
        pages.worker(municipality),
        PlaceWorklistPages.page(page),
        FormErrors.none(),
        "",
        "",
        model,
        ui);
  }

  /** A stale form (someone changed the status first) answers 409 with the page as it is now. */
  @PostMapping("/personal/arbetslista/status")
  String change(
      MunicipalityId municipality,
      @Valid @ModelAttribute("statusChange") PlaceRouting.ChangeStatus command,
      BindingResult binding,
      @ModelAttribute("form") PlaceWorklistPages.StatusForm form,
      RedirectAttributes redirect,
      Model model,
      @ModelAttribute("ui") Ui ui) {
    PlaceWorklistPages.Worker worker = pages.worker(municipality);
    Assignment assignment = pages.assignment(municipality, worker, form);
    String key = PlaceWorklistPages.key(assignment);
    Function<FormErrors, String> again =
        errors ->
            pages.render(
                municipality,
                worker,
                form.page(),
                errors.suffixed("-" + key),
                key,
                form.reason(),
                model,
                ui);
    return forms.submit(
        binding,
        () -> {
          routing.changeStatus(
              municipality, worker.staff(), worker.organisationId(), assignment, command);
          return Notices.redirect(
              redirect, "place.worklist.changed", "/personal/arbetslista?sida=" + form.page());
        },
        again);
  }
}
