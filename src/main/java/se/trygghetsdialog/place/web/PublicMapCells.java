package se.trygghetsdialog.place.web;

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
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import se.trygghetsdialog.geo.Coordinates;
import se.trygghetsdialog.geo.Gazetteer;
import se.trygghetsdialog.geo.GazetteerEntry;
import se.trygghetsdialog.geo.HeatGrid;
import se.trygghetsdialog.geo.PlaceCategories;
import se.trygghetsdialog.geo.PlaceCategory;
import se.trygghetsdialog.geo.PlaceSettings;
import se.trygghetsdialog.place.PublicPlaceMap;
import se.trygghetsdialog.place.TimeOfDay;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.FormText;

/**
 * What the public map page and its downloads share: reading the filter form, turning it into a map
 * filter, and labelling the heat grid cells by the nearest locality.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PublicMapCells {

  /** Cells further than this from every locality are labelled by their coordinates only. */
  static final double LOCALITY_METRES = 3000;

  private final PublicPlaceMap map;
  private final PlaceSettings settings;
  private final PlaceCategories categories;
  private final Gazetteer gazetteer;

  static String text(@Nullable String value) {
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

  PublicMapPage.Query query(
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

  PublicPlaceMap.Filter filter(MunicipalityId municipality, PublicMapPage.Query query) {
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

  static String fixed(double value, int decimals) {
    return String.format(Locale.ROOT, "%." + decimals + "f", value);
  }

  List<PublicMapPage.CellRow> rows(
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

  List<PublicMapPage.CellRow> cells(
      MunicipalityId municipality, PublicMapPage.Query query, Locale locale) {
    PublicPlaceMap.Filter filter = filter(municipality, query);
    return rows(
        municipality, map.heatGrid(municipality, settings.of(municipality), filter), locale);
  }
}
