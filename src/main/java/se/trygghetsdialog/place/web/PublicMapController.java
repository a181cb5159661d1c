package se.trygghetsdialog.place.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.WebPage;

/**
 * The public trygghetskarta, by one rule that the page states: the heat grid (a table, and
 * rectangles on a map when JavaScript runs, and the GeoJSON and CSV exports) counts approved
 * reports in 250 m squares and shows only squares with at least three; the list shows each approved
 * report one by one with the text moderation approved, its position snapped to 50 m and the nearest
 * gazetteer name of that snapped position. Filters are a plain GET form, so every view has its own
 * address.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PublicMapController {

  private final PublicMapPages pages;

  @GetMapping("/trygghetskarta")
  String page(
      MunicipalityId municipality,
      @ModelAttribute("filter") PublicMapPages.Params params,
      WebPage page) {
    return pages.page(municipality, params, page);
  }
}
