package se.trygghetsdialog.field.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.trygghetsdialog.field.RumourLog;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.Paging;

/**
 * The public page of published clarifications, {@code /trygghet/fortydliganden}, which never shows
 * what a rumour said unless the coordinator wrote a short public summary.
 */
@Controller
class RumourClarificationsController {

  private final RumourLog log;
  private final RumourPages pages;

  RumourClarificationsController(RumourLog log, RumourPages pages) {
    this.log = log;
    this.pages = pages;
  }

  @GetMapping("/trygghet/fortydliganden")
  String clarifications(
      MunicipalityId municipality,
      @RequestParam(name = "sida", defaultValue = "1") String page,
      Model model) {
    Paging paging =
        new Paging(
            Paging.requested(page),
            RumourLogController.PAGE_SIZE,
            log.countPublished(municipality));
    var names = pages.areaNames(municipality);
    model.addAttribute(
        "page",
        new RumourViews.ListPage(
            log.published(municipality, paging.size(), paging.offset()).stream()
                .map(r -> new RumourViews.RumourRow(r, names.apply(r.areaId())))
                .toList(),
            paging.page(),
            paging.totalPages()));
    return "field/rumour/clarifications";
  }
}
