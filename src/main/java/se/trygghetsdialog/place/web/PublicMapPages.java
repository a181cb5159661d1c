package se.trygghetsdialog.place.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.BindParam;
import se.trygghetsdialog.geo.Gazetteer;
import se.trygghetsdialog.geo.GazetteerEntry;
import se.trygghetsdialog.geo.HeatGrid;
import se.trygghetsdialog.geo.MapSettings;
import se.trygghetsdialog.geo.PlaceCategories;
import se.trygghetsdialog.geo.PlaceCategory;
import se.trygghetsdialog.geo.PlaceSettings;
import se.trygghetsdialog.place.PublicPlaceMap;
import se.trygghetsdialog.place.TimeOfDay;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.db.ReplicaReads;
import se.trygghetsdialog.shared.web.CsvTables;
import se.trygghetsdialog.shared.web.Option;
import se.trygghetsdialog.shared.web.PublicPageCache;
import se.trygghetsdialog.shared.web.SafeJson;
import se.trygghetsdialog.shared.web.Ui;
import se.trygghetsdialog.shared.web.WebPage;

/** Builds the public trygghetskarta page and its GeoJSON and CSV downloads. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PublicMapPages {

  static final int PAGE_SIZE = 20;

  /** The map's filter form, a plain GET form, as typed; the downloads take the same parameters. */
  record Params(
      @BindParam("kategori") @Nullable String category,
      @BindParam("tid") @Nullable String time,
      @BindParam("fran") @Nullable String from,
      @BindParam("till") @Nullable String to,
      @BindParam("sida") @Nullable String page) {}

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
  private final PublicMapCells cells;
  private final PublicPageCache cache;
  private final ReplicaReads replica;

  private PublicMapPage.Query query(Params params) {
    return cells.query(params.category(), params.time(), params.from(), params.to());
  }

  /** The key of a page kept in the {@link PublicPageCache}: its filter and page number. */
  private record Shown(PublicMapPage.Query query, int page) {}

  String page(MunicipalityId municipality, Params params, WebPage page) {
    PublicMapPage.Query query = query(params);
    int requested = 1;
    try {
      requested = Integer.parseInt(PublicMapCells.text(params.page()));
    } catch (NumberFormatException e) {
      requested = 1;
    }
    int number = requested;
    Ui ui = page.ui();
    page.add(
        "page",
        cache.get(
            municipality,
            ui.locale(),
            "place.publicMap",
            new Shown(query, number),
            () -> replica.read(() -> build(municipality, query, number, ui))));
    return "place/publicMap";
  }

  /** The page's data: the same for every visitor of the municipality in this language. */
  private PublicMapPage build(
      MunicipalityId municipality, PublicMapPage.Query query, int requested, Ui ui) {
    Locale locale = ui.locale();
    PublicPlaceMap.Filter filter = cells.filter(municipality, query);
    MapSettings bounds = settings.of(municipality);
    List<PublicMapPage.CellRow> rows =
        cells.rows(municipality, map.heatGrid(municipality, bounds, filter), locale);
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
    return new PublicMapPage(
        query,
        categoryOptions,
        times,
        bounds,
        rows,
        items,
        list.total(),
        list.page(),
        list.pages(),
        query.queryString());
  }

  String geojson(MunicipalityId municipality, Params params, Locale locale) {
    List<GeoJson.Feature> features = new ArrayList<>();
    for (PublicMapPage.CellRow row : cells.cells(municipality, query(params), locale)) {
      features.add(GeoJson.square(row.cell(), row.count(), row.category(), row.area()));
    }
    return SafeJson.write(new GeoJson.FeatureCollection(features));
  }

  String csv(MunicipalityId municipality, Params params, Locale locale) {
    StringBuilder out = new StringBuilder();
    try (CSVPrinter printer = new CSVPrinter(out, CSV_ROWS)) {
      CSVFormat.RFC4180.printRecord(out, CSV_HEADER.toArray());
      for (PublicMapPage.CellRow row : cells.cells(municipality, query(params), locale)) {
        HeatGrid.CellCount c = row.cell();
        printer.printRecord(
            SafeJson.coordinate(c.south()),
            SafeJson.coordinate(c.west()),
            SafeJson.coordinate(c.north()),
            SafeJson.coordinate(c.east()),
            SafeJson.coordinate(c.centre().latitude()),
            SafeJson.coordinate(c.centre().longitude()),
            row.count(),
            CsvTables.defused(row.category()),
            CsvTables.defused(row.area()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
