package se.trygghetsdialog.geo;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.trygghetsdialog.shared.MunicipalityId;

/** SQL for the gazetteer. */
@Repository
class GazetteerRepository {

  private final JdbcClient jdbc;

  GazetteerRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

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
    return jdbc.sql(
            """
            SELECT entry_id, name, kind, latitude, longitude FROM gazetteer_entry
            WHERE municipality_id = :m AND name ILIKE :contains
            ORDER BY (name ILIKE :prefix) DESC, name LIMIT :limit
            """)
        .param("m", municipality.value())
        .param("contains", "%" + escaped + "%")
        .param("prefix", escaped + "%")
        .param("limit", limit)
        .query(GazetteerRepository::entry)
        .list();
  }

  List<GazetteerEntry> byKind(MunicipalityId municipality, GazetteerKind kind, int limit) {
    return jdbc.sql(
            """
            SELECT entry_id, name, kind, latitude, longitude FROM gazetteer_entry
            WHERE municipality_id = :m AND kind = :kind ORDER BY name LIMIT :limit
            """)
        .param("m", municipality.value())
        .param("kind", kind.name())
        .param("limit", limit)
        .query(GazetteerRepository::entry)
        .list();
  }

  /** Entries of these kinds inside a box of latitudes and longitudes. */
  List<GazetteerEntry> within(
      MunicipalityId municipality,
      List<GazetteerKind> kinds,
      double south,
      double west,
      double north,
      double east) {
    return jdbc.sql(
            """
            SELECT entry_id, name, kind, latitude, longitude FROM gazetteer_entry
            WHERE municipality_id = :m AND kind IN (:kinds)
              AND latitude BETWEEN :s AND :n AND longitude BETWEEN :w AND :e
            """)
        .param("m", municipality.value())
        .param("kinds", kinds.stream().map(Enum::name).toList())
        .param("s", south)
        .param("n", north)
        .param("w", west)
        .param("e", east)
        .query(GazetteerRepository::entry)
        .list();
  }

  Optional<GazetteerEntry> find(MunicipalityId municipality, UUID id) {
    return jdbc.sql(
            """
            SELECT entry_id, name, kind, latitude, longitude FROM gazetteer_entry
            WHERE municipality_id = :m AND entry_id = :id
            """)
        .param("m", municipality.value())
        .param("id", id)
        .query(GazetteerRepository::entry)
        .optional();
  }

  int count(MunicipalityId municipality) {
    return jdbc.sql("SELECT count(*) FROM gazetteer_entry WHERE municipality_id = :m")
        .param("m", municipality.value())
        .query(Integer.class)
        .single();
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
