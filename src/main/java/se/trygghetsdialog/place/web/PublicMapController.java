package se.trygghetsdialog.place.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import se.trygghetsdialog.geo.Gazetteer;
import se.trygghetsdialog.geo.GazetteerEntry;
import se.trygghetsdialog.geo.MapSettings;
import se.trygghetsdialog.geo.PlaceCategories;
import se.trygghetsdialog.geo.PlaceCategory;
import se.trygghetsdialog.geo.PlaceSettings;
import se.trygghetsdialog.place.PublicPlaceMap;
import se.trygghetsdialog.place.TimeOfDay;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.Option;
import se.trygghetsdialog.shared.web.Ui;

/**
 * The public trygghetskarta, by one rule that the page states: the heat grid (a table, and
 * rectangles on a map when JavaScript runs, and the GeoJSON and CSV exports) counts approved
 * reports in 250 m squares and shows only squares with at least three; the list shows each approved
 * report one by one with the text moderation approved, its position snapped to 50 m and the nearest
 * gazetteer name of that snapped position. Filters are a plain GET form, so every view has its own
 * address.
 */
@Controller
class PublicMapController {

  static final int PAGE_SIZE = 20;

  private final PublicPlaceMap map;
  private final PlaceSettings settings;
  private final PlaceCategories categories;
  private final Gazetteer gazetteer;
  private final PublicMapCells cells;

  PublicMapController(
      PublicPlaceMap map,
      PlaceSettings settings,
      PlaceCategories categories,
      Gazetteer gazetteer,
      PublicMapCells cells) {
    this.map = map;
    this.settings = settings;
    this.categories = categories;
    this.gazetteer = gazetteer;
    this.cells = cells;
  }

  @GetMapping("/trygghetskarta")
  String page(
      MunicipalityId municipality,
      @RequestParam(name = "kategori", required = false) @Nullable String category,
      @RequestParam(name = "tid", required = false) @Nullable String time,
      @RequestParam(name = "fran", required = false) @Nullable String from,
      @RequestParam(name = "till", required = false) @Nullable String to,
      @RequestParam(name = "sida", required = false) @Nullable String page,
      Model model,
      @ModelAttribute("ui") Ui ui) {
    Locale locale = ui.locale();
    PublicMapPage.Query query = cells.query(category, time, from, to);
    PublicPlaceMap.Filter filter = cells.filter(municipality, query);
    MapSettings bounds = settings.of(municipality);
    List<PublicMapPage.CellRow> rows =
        cells.rows(municipality, map.heatGrid(municipality, bounds, filter), locale);
    int requested = 1;
    try {
      requested = Integer.parseInt(PublicMapCells.text(page));
    } catch (NumberFormatException e) {
      requested = 1;
    }
    PublicPlaceMap.Page list = map.published(municipality, bounds, filter, requested, PAGE_SIZE);
    Map<UUID, String> names = categories.names(municipality, locale);
    List<PublicMapPage.ItemRow> items =
        list.items().stream()
            .map(
                i ->
                    new PublicMapPage.ItemRow(
                        names.getOrDefault(i.categoryId(), ""),
                        ui.e("place.timeOfDay", i.timeOfDay()),
                        i.publicText(),
                        gazetteer
                            .nearest(municipality, i.position())
                            .map(GazetteerEntry::name)
                            .orElse(""),
                        PublicMapCells.fixed(i.position().latitude(), 5)
                            + ", "
                            + PublicMapCells.fixed(i.position().longitude(), 5),
                        ui.date(i.reportedOn())))
            .toList();
    List<Option> categoryOptions = new ArrayList<>();
    for (PlaceCategories.Group group : categories.groups(municipality)) {
      String value = group.category().id().toString();
      categoryOptions.add(
          new Option(value, group.category().name(locale), value.equals(query.category())));
      for (PlaceCategory child : group.children()) {
        String childValue = child.id().toString();
        categoryOptions.add(
            new Option(childValue, "– " + child.name(locale), childValue.equals(query.category())));
      }
    }
    List<Option> times = new ArrayList<>();
    for (TimeOfDay t : TimeOfDay.values()) {
      times.add(new Option(t.name(), ui.e("place.timeOfDay", t), t.name().equals(query.time())));
    }
    model.addAttribute(
        "page",
        new PublicMapPage(
            query,
            categoryOptions,
            times,
            bounds,
            rows,
            items,
            list.total(),
            list.page(),
            list.pages(),
            query.queryString()));
    return "place/publicMap";
  }
}
