package se.trygghetsdialog.population;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.trygghetsdialog.shared.AgeBand;
import se.trygghetsdialog.shared.Gender;
import se.trygghetsdialog.shared.MunicipalityId;

/** SQL for population figures and their imports. */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PopulationRepository {

  /** A stored figure before its region is matched to an area. */
  record Stored(String regionCode, AgeBand ageBand, Gender gender, int year, long count) {}

  private final JdbcClient jdbc;

  /**
   * Replaces the figures of the regions and years the rows hold with the rows, summed per age band.
   */
  void replace(MunicipalityId municipality, Map<Key, Long> figures) {
    figures.keySet().stream()
        .map(k -> k.regionCode() + "\n" + k.year())
        .distinct()
        .forEach(
            regionYear -> {
              String[] parts = regionYear.split("\n");
              jdbc.sql(
                      """
                      DELETE FROM population_figure
                      WHERE municipality_id = :m AND region_code = :r AND year = :y
                      """)
                  .param("m", municipality.value())
                  .param("r", parts[0])
                  .param("y", Integer.parseInt(parts[1]))
                  .update();
            });
    figures.forEach(
        (key, count) ->
            jdbc.sql(
                    """
                    INSERT INTO population_figure
                      (municipality_id, region_code, age_band, gender, year, count)
                    VALUES (:m, :r, :a, :g, :y, :c)
                    """)
                .param("m", municipality.value())
                .param("r", key.regionCode())
                .param("a", key.ageBand().name())
                .param("g", key.gender().name())
                .param("y", key.year())
                .param("c", count)
                .update());
  }

  /** A figure's place in the table. */
  record Key(String regionCode, AgeBand ageBand, Gender gender, int year) {}

  void recordImport(
      MunicipalityId municipality,
      String fileName,
      int figures,
      Collection<Integer> years,
      boolean illustrative,
      OffsetDateTime at,
      @Nullable UUID actor) {
    jdbc.sql(
            """
            INSERT INTO population_import (import_id, municipality_id, file_name, figures, years,
              illustrative, imported_at, actor_account_id)
            VALUES (:id, :m, :file, :figures, :years, :illustrative, :at, :actor)
            """)
        .param("id", UUID.randomUUID())
        .param("m", municipality.value())
        .param("file", fileName)
        .param("figures", figures)
        .param("years", String.join(", ", years.stream().sorted().map(String::valueOf).toList()))
        .param("illustrative", illustrative)
        .param("at", at)
        .param("actor", actor)
        .update();
  }

  List<Population.Import> imports(MunicipalityId municipality, int limit) {
    return jdbc.sql(
            """
            SELECT file_name, figures, years, illustrative, imported_at FROM population_import
            WHERE municipality_id = :m ORDER BY imported_at DESC LIMIT :limit
            """)
        .param("m", municipality.value())
        .param("limit", limit)
        .query(
            (rs, n) ->
                new Population.Import(
                    rs.getString("file_name"),
                    rs.getInt("figures"),
                    rs.getString("years"),
                    rs.getBoolean("illustrative"),
                    rs.getObject("imported_at", OffsetDateTime.class)))
        .list();
  }

  List<Integer> years(MunicipalityId municipality) {
    return jdbc.sql(
            """
            SELECT DISTINCT year FROM population_figure WHERE municipality_id = :m
            ORDER BY year DESC
            """)
        .param("m", municipality.value())
        .query(Integer.class)
        .list();
  }

  List<Stored> figures(MunicipalityId municipality, int year) {
    return jdbc.sql(
            """
            SELECT region_code, age_band, gender, year, count FROM population_figure
            WHERE municipality_id = :m AND year = :y
            ORDER BY region_code, age_band, gender
            """)
        .param("m", municipality.value())
        .param("y", year)
        .query(
            (rs, n) ->
                new Stored(
                    rs.getString("region_code"),
                    AgeBand.valueOf(rs.getString("age_band")),
                    Gender.valueOf(rs.getString("gender")),
                    rs.getInt("year"),
                    rs.getLong("count")))
        .list();
  }
}
