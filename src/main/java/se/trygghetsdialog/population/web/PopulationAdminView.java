package se.trygghetsdialog.population.web;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.trygghetsdialog.population.Population;
import se.trygghetsdialog.population.PopulationFigure;
import se.trygghetsdialog.shared.AgeBand;
import se.trygghetsdialog.shared.Gender;
import se.trygghetsdialog.shared.web.Ui;
import se.trygghetsdialog.tenancy.Area;

/** What the population page shows: the newest year's figures per region, imports, area codes. */
public record PopulationAdminView(
    @Nullable Integer year,
    List<RegionRow> regions,
    List<Population.Import> imports,
    boolean illustrative,
    List<AreaCode> areaCodes) {

  /** An area and its official code (as stored, or as typed when the form was refused). */
  public record AreaCode(UUID id, String name, String code) {}

  /** One region's figures, summed over sexes per age band and over age bands per sex. */
  public record RegionRow(String label, Map<AgeBand, Long> byAge, long women, long men) {
    public long total() {
      return women + men;
    }
  }

  static PopulationAdminView of(
      Optional<Population.Snapshot> latest,
      List<Population.Import> imports,
      List<Area> areas,
      List<AreaCode> areaCodes,
      Ui ui) {
    Map<UUID, String> names = new LinkedHashMap<>();
    areas.forEach(a -> names.put(a.id(), a.name()));
    Map<String, List<PopulationFigure>> byRegion = new LinkedHashMap<>();
    latest.ifPresent(
        s ->
            s.figures()
                .forEach(
                    f -> byRegion.computeIfAbsent(f.regionCode(), c -> new ArrayList<>()).add(f)));
    List<RegionRow> rows = new ArrayList<>();
    byRegion.forEach(
        (code, figures) -> {
          PopulationFigure first = figures.get(0);
          String label =
              first.wholeMunicipality()
                  ? ui.t("population.admin.region.municipality", code)
                  : first.areaId() != null && names.containsKey(first.areaId())
                      ? names.get(first.areaId()) + " (" + code + ")"
                      : ui.t("population.admin.region.unknown", code);
          Map<AgeBand, Long> byAge = new EnumMap<>(AgeBand.class);
          long women = 0;
          long men = 0;
          for (PopulationFigure f : figures) {
            byAge.merge(f.ageBand(), f.count(), Long::sum);
            if (f.gender() == Gender.WOMAN) {
              women += f.count();
            } else {
              men += f.count();
            }
          }
          rows.add(new RegionRow(label, byAge, women, men));
        });
    rows.sort((a, b) -> a.label().compareTo(b.label()));
    boolean illustrative =
        latest
            .flatMap(Population.Snapshot::source)
            .map(Population.Import::illustrative)
            .orElse(false);
    return new PopulationAdminView(
        latest.map(Population.Snapshot::year).orElse(null), rows, imports, illustrative, areaCodes);
  }

  public List<AgeBand> ageBands() {
    return List.of(AgeBand.values());
  }
}
