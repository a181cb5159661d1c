package se.trygghetsdialog.field.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * The public page of published clarifications, {@code /trygghet/fortydliganden}, which never shows
 * what a rumour said unless the coordinator wrote a short public summary.
 */
@Controller
class RumourClarificationsController {

  private final RumourPages pages;

  RumourClarificationsController(RumourPages pages) {
    this.pages = pages;
  }

  @GetMapping("/trygghet/fortydliganden")
  String clarifications(
      MunicipalityId municipality,
      @RequestParam(name = "sida", defaultValue = "1") String page,
      Model model) {
    model.addAttribute("page", pages.list(municipality, page, true));
    return "field/rumour/clarifications";
  }
}
