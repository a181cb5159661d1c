package se.trygghetsdialog.place.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import se.trygghetsdialog.place.Coordinates;
import se.trygghetsdialog.place.Gazetteer;
import se.trygghetsdialog.place.GazetteerEntry;
import se.trygghetsdialog.place.HeatGrid;
import se.trygghetsdialog.place.MapSettings;
import se.trygghetsdialog.place.PlaceCategories;
import se.trygghetsdialog.place.PlaceCategory;
import se.trygghetsdialog.place.PlaceSettings;
import se.trygghetsdialog.place.PublicPlaceMap;
import se.trygghetsdialog.place.TimeOfDay;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.FormText;
import se.trygghetsdialog.shared.web.Option;
import se.trygghetsdialog.shared.web.SafeJson;
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

  /** Cells further than this from every locality are labelled by their coordinates only. */
  static final double LOCALITY_METRES = 3000;

  private static final List<String> CSV_HEADER =
      List.of(
          "south",
          "west",
          "north",
          "east",
          "centre_latitude",
          "centre_longitude",
          "count",
          "top_category",
          "area");

  /** The heat grid rows as CSV: numbers plain, text always in quotes, CRLF line ends. */
  private static final CSVFormat CSV_ROWS =
      CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.NON_NUMERIC).get();

  private final PublicPlaceMap map;
  private final PlaceSettings settings;
  private final PlaceCategories categories;
  private final Gazetteer gazetteer;

  PublicMapController(
      PublicPlaceMap map, PlaceSettings settings, PlaceCategories categories, Gazetteer gazetteer) {
    this.map = map;
    this.settings = settings;
    this.categories = categories;
    this.gazetteer = gazetteer;
  }

  private static String text(@Nullable String value) {
    String cleaned = FormText.clean(value);
    return cleaned.length() > 100 ? "" : cleaned;
  }

  private static @Nullable LocalDate date(String value) {
    if (value.isEmpty()) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static @Nullable TimeOfDay timeOfDay(String value) {
    for (TimeOfDay t : TimeOfDay.values()) {
      if (t.name().equals(value)) {
        return t;
      }
    }
    return null;
  }

  private PublicMapPage.Query query(
      @Nullable String category,
      @Nullable String time,
      @Nullable String from,
      @Nullable String to) {
    String c = text(category);
    String t = text(time);
    String f = text(from);
    String u = text(to);
    return new PublicMapPage.Query(
        FormText.uuid(c) == null ? "" : c,
        timeOfDay(t) == null ? "" : t,
        date(f) == null ? "" : f,
        date(u) == null ? "" : u);
  }

  private PublicPlaceMap.Filter filter(MunicipalityId municipality, PublicMapPage.Query query) {
    Set<UUID> chosen = new HashSet<>();
    UUID id = FormText.uuid(query.category());
    if (id != null) {
      // A top-level category includes its sub-categories.
      for (PlaceCategory c : categories.all(municipality)) {
        if (c.id().equals(id) || id.equals(c.parentId())) {
          chosen.add(c.id());
        }
      }
      if (chosen.isEmpty()) {
        chosen.add(id);
      }
    }
    return new PublicPlaceMap.Filter(
        chosen, timeOfDay(query.time()), date(query.from()), date(query.to()));
  }

  private static String fixed(double value, int decimals) {
    return String.format(Locale.ROOT, "%." + decimals + "f", value);
  }

  private List<PublicMapPage.CellRow> rows(
      MunicipalityId municipality, List<HeatGrid.CellCount> cells, Locale locale) {
    Map<UUID, String> names = categories.names(municipality, locale);
    List<GazetteerEntry> localities = gazetteer.localities(municipality);
    List<PublicMapPage.CellRow> rows = new ArrayList<>();
    for (HeatGrid.CellCount cell : cells) {
      Coordinates centre = cell.centre();
      String lat = fixed(centre.latitude(), 4);
      String lon = fixed(centre.longitude(), 4);
      String area =
          localities.stream()
              .filter(l -> l.location().metresTo(centre) <= LOCALITY_METRES)
              .min(Comparator.comparingDouble(l -> l.location().metresTo(centre)))
              .map(l -> l.name() + " (" + lat + ", " + lon + ")")
              .orElse(lat + ", " + lon);
      String category =
          cell.topCategory() == null ? "" : names.getOrDefault(cell.topCategory(), "");
      rows.add(new PublicMapPage.CellRow(area, lat, lon, cell.count(), category, cell));
    }
    return rows;
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
    PublicMapPage.Query query = query(category, time, from, to);
    PublicPlaceMap.Filter filter = filter(municipality, query);
    MapSettings bounds = settings.of(municipality);
    List<PublicMapPage.CellRow> cells =
        rows(municipality, map.heatGrid(municipality, bounds, filter), locale);
    int requested = 1;
    try {
      requested = Integer.parseInt(text(page));
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
                        fixed(i.position().latitude(), 5)
                            + ", "
                            + fixed(i.position().longitude(), 5),
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
            cells,
            items,
            list.total(),
            list.page(),
            list.pages(),
            query.queryString()));
    return "place/publicMap";
  }

  private List<PublicMapPage.CellRow> cells(
      MunicipalityId municipality, PublicMapPage.Query query, Locale locale) {
    PublicPlaceMap.Filter filter = filter(municipality, query);
    return rows(
        municipality, map.heatGrid(municipality, settings.of(municipality), filter), locale);
  }

  private static HttpHeaders download(String filename) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentDisposition(ContentDisposition.attachment().filename(filename).build());
    return headers;
  }

  @GetMapping("/trygghetskarta/rutnat.geojson")
  ResponseEntity<String> geojson(
      MunicipalityId municipality,
      @RequestParam(name = "kategori", required = false) @Nullable String category,
      @RequestParam(name = "tid", required = false) @Nullable String time,
      @RequestParam(name = "fran", required = false) @Nullable String from,
      @RequestParam(name = "till", required = false) @Nullable String to,
      @ModelAttribute("ui") Ui ui) {
    List<GeoJson.Feature> features = new ArrayList<>();
    for (PublicMapPage.CellRow row :
        cells(municipality, query(category, time, from, to), ui.locale())) {
      features.add(GeoJson.square(row.cell(), row.count(), row.category(), row.area()));
    }
    return ResponseEntity.ok()
        .headers(download("trygghetskarta-rutnat.geojson"))
        .contentType(MediaType.parseMediaType("application/geo+json"))
        .body(SafeJson.write(new GeoJson.FeatureCollection(features)));
  }

  /** A text field whose leading formula sign is defused, so a spreadsheet shows it as text. */
  private static String defused(String value) {
    if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
      return "'" + value;
    }
    return value;
  }

  @GetMapping("/trygghetskarta/rutnat.csv")
  ResponseEntity<String> csv(
      MunicipalityId municipality,
      @RequestParam(name = "kategori", required = false) @Nullable String category,
      @RequestParam(name = "tid", required = false) @Nullable String time,
      @RequestParam(name = "fran", required = false) @Nullable String from,
      @RequestParam(name = "till", required = false) @Nullable String to,
      @ModelAttribute("ui") Ui ui) {
    StringBuilder out = new StringBuilder();
    try (CSVPrinter printer = new CSVPrinter(out, CSV_ROWS)) {
      CSVFormat.RFC4180.printRecord(out, CSV_HEADER.toArray());
      for (PublicMapPage.CellRow row :
          cells(municipality, query(category, time, from, to), ui.locale())) {
        HeatGrid.CellCount c = row.cell();
        printer.printRecord(
            SafeJson.coordinate(c.south()),
            SafeJson.coordinate(c.west()),
            SafeJson.coordinate(c.north()),
            SafeJson.coordinate(c.east()),
            SafeJson.coordinate(c.centre().latitude()),
            SafeJson.coordinate(c.centre().longitude()),
            row.count(),
            defused(row.category()),
            defused(row.area()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return ResponseEntity.ok()
        .headers(download("trygghetskarta-rutnat.csv"))
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .body(out.toString());
  }
}
