package se.trygghetsdialog.geo;

import java.util.Optional;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.db.RecordRowMapper;

/** SQL for the per-municipality map settings. */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PlaceSettingsRepository {

  private static final RecordRowMapper<MapSettings> SETTINGS =
      new RecordRowMapper<>(MapSettings.class);

  private final JdbcClient jdbc;

  Optional<MapSettings> find(MunicipalityId municipality) {
    return jdbc.sql(
            """
            SELECT min_latitude, max_latitude, min_longitude, max_longitude, tile_url, tile_attribution
            FROM place_settings WHERE municipality_id = :m
            """)
        .param("m", municipality.value())
        .query(SETTINGS)
        .optional();
  }

  void insertIfMissing(MunicipalityId municipality, MapSettings s) {
    bind(
            jdbc.sql(
                """
            INSERT INTO place_settings (municipality_id, min_latitude, max_latitude, min_longitude,
              max_longitude, tile_url, tile_attribution)
            VALUES (:m, :minLat, :maxLat, :minLon, :maxLon, :url, :attribution)
            ON CONFLICT (municipality_id) DO NOTHING
            """),
            municipality,
            s)
        .update();
  }

  void update(MunicipalityId municipality, MapSettings s) {
    bind(
            jdbc.sql(
                """
            UPDATE place_settings SET min_latitude = :minLat, max_latitude = :maxLat,
              min_longitude = :minLon, max_longitude = :maxLon, tile_url = :url,
              tile_attribution = :attribution
            WHERE municipality_id = :m
            """),
            municipality,
            s)
        .update();
  }

  /** Binds the municipality and the settings, the same for an insert and an update. */
  private static JdbcClient.StatementSpec bind(
      JdbcClient.StatementSpec sql, MunicipalityId municipality, MapSettings s) {
    return sql.param("m", municipality.value())
        .param("minLat", s.minLatitude())
        .param("maxLat", s.maxLatitude())
        .param("minLon", s.minLongitude())
        .param("maxLon", s.maxLongitude())
        .param("url", s.tileUrl())
        .param("attribution", s.tileAttribution());
  }
}
