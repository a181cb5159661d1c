package se.trygghetsdialog.geo;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.db.MunicipalityRows;

/** SQL for the gazetteer. */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class GazetteerRepository {

  private static final MunicipalityRows<GazetteerEntry> ENTRIES =
      new MunicipalityRows<>(
          "entry_id, name, kind, latitude, longitude",
          "FROM gazetteer_entry WHERE municipality_id = :m",
          GazetteerRepository::entry);

  private final JdbcClient jdbc;

  private static GazetteerEntry entry(ResultSet rs, int row) throws SQLException {
    return new GazetteerEntry(
        rs.getObject("entry_id", UUID.class),
        rs.getString("name"),
        GazetteerKind.valueOf(rs.getString("kind")),
        new Coordinates(rs.getDouble("latitude"), rs.getDouble("longitude")));
  }

  /** Names containing the query, those starting with it first. */
  List<GazetteerEntry> search(MunicipalityId municipality, String query, int limit) {
    String escaped = query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    return ENTRIES.list(
        jdbc,
        municipality,
        "AND name ILIKE :contains ORDER BY (name ILIKE :prefix) DESC, name LIMIT :limit",
        Map.of("contains", "%" + escaped + "%", "prefix", escaped + "%", "limit", limit));
  }

  List<GazetteerEntry> byKind(MunicipalityId municipality, GazetteerKind kind, int limit) {
    return ENTRIES.list(
        jdbc,
        municipality,
        "AND kind = :kind ORDER BY name LIMIT :limit",
        Map.of("kind", kind.name(), "limit", limit));
  }

  /** Entries of these kinds inside a box of latitudes and longitudes. */
  List<GazetteerEntry> within(
      MunicipalityId municipality,
      List<GazetteerKind> kinds,
      double south,
      double west,
      double north,
      double east) {
    return ENTRIES.list(
        jdbc,
        municipality,
        "AND kind IN (:kinds) AND latitude BETWEEN :s AND :n AND longitude BETWEEN :w AND :e",
        Map.of(
            "kinds", kinds.stream().map(Enum::name).toList(),
            "s", south,
            "n", north,
            "w", west,
            "e", east));
  }

  Optional<GazetteerEntry> find(MunicipalityId municipality, UUID id) {
    return ENTRIES.optional(jdbc, municipality, "AND entry_id = :id", Map.of("id", id));
  }

  int count(MunicipalityId municipality) {
    return ENTRIES.count(jdbc, municipality);
  }

  /** Adds the entry, or moves an entry of the same name and kind to the new point. */
  void upsert(MunicipalityId municipality, String name, GazetteerKind kind, Coordinates point) {
    jdbc.sql(
            """
            INSERT INTO gazetteer_entry (entry_id, municipality_id, name, kind, latitude, longitude)
            VALUES (:id, :m, :name, :kind, :lat, :lon)
            ON CONFLICT (municipality_id, lower(name), kind)
            DO UPDATE SET latitude = EXCLUDED.latitude, longitude = EXCLUDED.longitude
            """)
        .param("id", UUID.randomUUID())
        .param("m", municipality.value())
        .param("name", name)
        .param("kind", kind.name())
        .param("lat", point.latitude())
        .param("lon", point.longitude())
        .update();
  }
}
