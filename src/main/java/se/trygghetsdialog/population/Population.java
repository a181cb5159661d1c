package se.trygghetsdialog.population;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.tenancy.Areas;
import se.trygghetsdialog.tenancy.Municipalities;

/**
 * Queries of the imported population statistics: the figures of a year with each region matched to
 * the municipality (its kommun code) or to one of its areas (the area's official code), and where
 * the figures came from.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Population {

  /**
   * One import of figures.
   *
   * @param illustrative true for the demo's invented figures, which must be labelled as such
   */
  public record Import(
      String fileName,
      int figures,
      String years,
      boolean illustrative,
      OffsetDateTime importedAt) {}

  /** The figures of one year and the newest import they may come from. */
  public record Snapshot(int year, List<PopulationFigure> figures, Optional<Import> source) {

    /** The figures for the whole municipality (the kommun code). */
    public List<PopulationFigure> municipality() {
      return figures.stream().filter(PopulationFigure::wholeMunicipality).toList();
    }

    /** The figures for the municipality's areas (codes matched to an area). */
    public List<PopulationFigure> areas() {
      return figures.stream().filter(f -> f.areaId() != null).toList();
    }

    /**
     * The figures by age band and sex for {@code area} when it has any, else for the whole
     * municipality (its kommun code, or all its areas together when the kommun has no figures of
     * its own); empty when there are none.
     */
    public Optional<PopulationTable> table(@Nullable UUID area) {
      if (area != null) {
        Optional<PopulationTable> own =
            PopulationTable.of(
                year, area, areas().stream().filter(f -> area.equals(f.areaId())).toList(), source);
        if (own.isPresent()) {
          return own;
        }
      }
      return PopulationTable.of(year, null, municipality(), source)
          .or(() -> PopulationTable.of(year, null, areas(), source));
    }
  }

  private final PopulationRepository repository;
  private final Areas areas;
  private final Municipalities municipalities;

  /**
   * The newest year's figures by age band and sex for {@code area}, else for the whole
   * municipality; empty when nothing was imported.
   */
  @Transactional(readOnly = true)
  public Optional<PopulationTable> table(MunicipalityId municipality, @Nullable UUID area) {
    return latest(municipality).flatMap(s -> s.table(area));
  }

  /** The years figures exist for, newest first. */
  @Transactional(readOnly = true)
  public List<Integer> years(MunicipalityId municipality) {
    return repository.years(municipality);
  }

  /** The figures of the newest year; empty when nothing was imported. */
  @Transactional(readOnly = true)
  public Optional<Snapshot> latest(MunicipalityId municipality) {
    return years(municipality).stream().findFirst().map(year -> of(municipality, year));
  }

  /** The figures of a year (none when the year has none). */
  @Transactional(readOnly = true)
  public Snapshot of(MunicipalityId municipality, int year) {
    String kommun = municipalities.overview(municipality).map(o -> o.tenant().code()).orElse("");
    Map<String, UUID> areaByCode =
        areas.codes(municipality).entrySet().stream()
            .collect(Collectors.toMap(Map.Entry::getValue, Map.Entry::getKey, (a, b) -> a));
    List<PopulationFigure> figures =
        repository.figures(municipality, year).stream()
            .map(
                s ->
                    new PopulationFigure(
                        s.regionCode(),
                        areaByCode.get(s.regionCode()),
                        s.regionCode().equals(kommun),
                        s.ageBand(),
                        s.gender(),
                        s.year(),
                        s.count()))
            .toList();
    return new Snapshot(year, figures, imports(municipality).stream().findFirst());
  }

  /** The newest imports first. */
  @Transactional(readOnly = true)
  public List<Import> imports(MunicipalityId municipality) {
    return repository.imports(municipality, 10);
  }
}
