package se.trygghetsdialog.population;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.trygghetsdialog.shared.AgeBand;
import se.trygghetsdialog.shared.Gender;

/**
 * The population of one region by age band and sex in one year, with the import it came from: what
 * a dialogue’s target groups and participation are set against.
 *
 * @param areaId the area the figures are for; null for the whole municipality
 * @param counts how many people, by age band and then by sex (every band present)
 * @param source the import the figures came from, if known
 */
public record PopulationTable(
    int year,
    @Nullable UUID areaId,
    Map<AgeBand, Map<Gender, Long>> counts,
    Optional<Population.Import> source) {

  /**
   * The table of {@code figures} summed by age band and sex; empty when there are no figures.
   *
   * @param areaId the area the figures are for; null for the whole municipality
   */
  static Optional<PopulationTable> of(
      int year,
      @Nullable UUID areaId,
      List<PopulationFigure> figures,
      Optional<Population.Import> source) {
    if (figures.isEmpty()) {
      return Optional.empty();
    }
    Map<AgeBand, Map<Gender, Long>> table = new EnumMap<>(AgeBand.class);
    for (AgeBand band : AgeBand.values()) {
      table.put(band, new EnumMap<>(Gender.class));
    }
    figures.forEach(f -> table.get(f.ageBand()).merge(f.gender(), f.count(), Long::sum));
    return Optional.of(new PopulationTable(year, areaId, table, source));
  }

  /** Whether the figures are the demo’s invented ones, which must be labelled as such. */
  public boolean illustrative() {
    return source.map(Population.Import::illustrative).orElse(false);
  }

  /** How many of an age band and sex. */
  public long count(AgeBand band, Gender gender) {
    return counts.getOrDefault(band, Map.of()).getOrDefault(gender, 0L);
  }

  /** How many of an age band. */
  public long total(AgeBand band) {
    return counts.getOrDefault(band, Map.of()).values().stream().mapToLong(Long::longValue).sum();
  }

  /** How many of a sex. */
  public long total(Gender gender) {
    return counts.values().stream().mapToLong(m -> m.getOrDefault(gender, 0L)).sum();
  }

  /** How many in all. */
  public long total() {
    return counts.values().stream()
        .flatMap(m -> m.values().stream())
        .mapToLong(Long::longValue)
        .sum();
  }
}
