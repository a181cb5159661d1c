package se.trygghetsdialog.place.web;

import jakarta.validation.Valid;
import java.util.function.Function;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.trygghetsdialog.place.Assignment;
import se.trygghetsdialog.place.PlaceRouting;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.FormSubmissions;
import se.trygghetsdialog.shared.web.WebPage;

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
      @RequestParam(name = "sida", defaultValue = "1") String requested,
      WebPage page) {
    return pages.render(
        municipality,
        pages.worker(municipality),
        PlaceWorklistPages.page(requested),
        FormErrors.none(),
        "",
        "",
        page);
  }

  /** A stale form (someone changed the status first) answers 409 with the page as it is now. */
  @PostMapping("/personal/arbetslista/status")
  String change(
      MunicipalityId municipality,
      @Valid @ModelAttribute("statusChange") PlaceRouting.ChangeStatus command,
      BindingResult binding,
      @ModelAttribute("form") PlaceWorklistPages.StatusForm form,
      WebPage page) {
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
                page);
    return forms.submit(
        binding,
        () -> {
          routing.changeStatus(
              municipality, worker.staff(), worker.organisationId(), assignment, command);
          return page.redirect(
              "place.worklist.changed", "/personal/arbetslista?sida=" + form.page());
        },
        again);
  }
}
