package se.trygghetsdialog.tenancy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.trygghetsdialog.shared.LocalizedText;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.Tenant;
import se.trygghetsdialog.shared.db.ReplicaRead;

/** SQL for municipalities, areas, organisations and the participation ladder. */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class TenancyRepository {

  private final JdbcClient jdbc;

  private static Tenant tenant(ResultSet rs, int row) throws SQLException {
    return new Tenant(
        new MunicipalityId(rs.getObject("municipality_id", UUID.class)),
        rs.getString("code"),
        rs.getString("name"));
  }

  List<Tenant> municipalities() {
    return jdbc.sql("SELECT municipality_id, code, name FROM municipality ORDER BY name")
        .query(TenancyRepository::tenant)
        .list();
  }

  /**
   * The municipality that serves a host name, else the default one: read for every request (on a
   * cache miss), from the read replica where there is one, so that pages answer while the primary
   * restarts.
   */
  @ReplicaRead
  Optional<Tenant> ofRequestHost(String host) {
    return byHost(host).or(this::byDefault);
  }

  /** Whether the municipality is in use, read like {@link #ofRequestHost}. */
  @ReplicaRead
  boolean activeForRequests(MunicipalityId municipality) {
    return overview(municipality).map(MunicipalityOverview::active).orElse(false);
  }

  Optional<Tenant> byHost(String host) {
    return jdbc.sql(
            "SELECT municipality_id, code, name FROM municipality WHERE :host = ANY(host_names)")
        .param("host", host)
        .query(TenancyRepository::tenant)
        .optional();
  }

  Optional<Tenant> byDefault() {
    return jdbc.sql("SELECT municipality_id, code, name FROM municipality WHERE is_default")
        .query(TenancyRepository::tenant)
        .optional();
  }

  Optional<Tenant> byCode(String code) {
    return jdbc.sql("SELECT municipality_id, code, name FROM municipality WHERE code = :code")
        .param("code", code)
        .query(TenancyRepository::tenant)
        .optional();
  }

  private static MunicipalityOverview overview(ResultSet rs, int row) throws SQLException {
    return new MunicipalityOverview(
        tenant(rs, row),
        List.of((String[]) rs.getArray("host_names").getArray()),
        rs.getBoolean("is_default"),
        rs.getBoolean("active"),
        rs.getObject("created_at", OffsetDateTime.class),
        rs.getObject("status_changed_at", OffsetDateTime.class));
  }

  private static final String OVERVIEW =
      "SELECT municipality_id, code, name, host_names, is_default, active, created_at,"
          + " status_changed_at FROM municipality";

  List<MunicipalityOverview> overviews() {
    return jdbc.sql(OVERVIEW + " ORDER BY name, code").query(TenancyRepository::overview).list();
  }

  Optional<MunicipalityOverview> overview(MunicipalityId municipality) {
    return jdbc.sql(OVERVIEW + " WHERE municipality_id = :m")
        .param("m", municipality.value())
        .query(TenancyRepository::overview)
        .optional();
  }

  /**
   * Serialises changes to the set of municipalities and their host names for the rest of the
   * transaction, so that two operators cannot give one host name to two municipalities.
   */
  void lockMunicipalities() {
    jdbc.sql("LOCK TABLE municipality IN SHARE ROW EXCLUSIVE MODE").update();
  }

  /** The host names of {@code hosts} that a municipality already answers on, in their order. */
  List<String> hostsInUse(List<String> hosts) {
    return jdbc.sql(
            """
            SELECT h FROM unnest(CAST(:hosts AS TEXT[])) WITH ORDINALITY AS t(h, n)
            WHERE EXISTS (SELECT 1 FROM municipality WHERE t.h = ANY(host_names)) ORDER BY n
            """)
        .param("hosts", hosts.toArray(String[]::new))
        .query(String.class)
        .list();
  }

  /** Sets whether the municipality is in use; false if there is no such municipality. */
  boolean setActive(MunicipalityId municipality, boolean active) {
    return jdbc.sql(
                """
                UPDATE municipality SET active = :active, status_changed_at = now()
                WHERE municipality_id = :m
                """)
            .param("active", active)
            .param("m", municipality.value())
            .update()
        == 1;
  }

  void insertMunicipality(Tenant tenant, List<String> hosts, boolean isDefault) {
    jdbc.sql(
            """
            INSERT INTO municipality (municipality_id, code, name, host_names, is_default)
            VALUES (:id, :code, :name, :hosts, :isDefault)
            """)
        .param("id", tenant.id().value())
        .param("code", tenant.code())
        .param("name", tenant.name())
        .param("hosts", hosts.toArray(String[]::new))
        .param("isDefault", isDefault)
        .update();
  }

  private static final String ORGANISATION =
      "SELECT organisation_id, municipality_id, name, kind, email, phone, archived FROM organisation ";

  private static final String AREA =
      "SELECT area_id, municipality_id, name, kind, latitude, longitude, geometry, archived FROM area ";

  private static Organisation organisation(ResultSet rs, int row) throws SQLException {
    return new Organisation(
        rs.getObject("organisation_id", UUID.class),
        new MunicipalityId(rs.getObject("municipality_id", UUID.class)),
        rs.getString("name"),
        OrganisationKind.valueOf(rs.getString("kind")),
        rs.getString("email"),
        rs.getString("phone"),
        rs.getBoolean("archived"));
  }

  /**
   * The SQL of a table of a municipality's named things that are archived rather than deleted while
   * something points to them: organisations and areas.
   *
   * @param select the SELECT of its rows, ending before its WHERE
   */
  record Table<T>(String table, String idColumn, String select, RowMapper<T> mapper) {}

  static final Table<Organisation> ORGANISATIONS =
      new Table<>("organisation", "organisation_id", ORGANISATION, TenancyRepository::organisation);

  static final Table<Area> AREAS = new Table<>("area", "area_id", AREA, TenancyRepository::area);

  /** The rows by name: those not archived, or every one. */
  <T> List<T> rows(Table<T> table, MunicipalityId municipality, boolean archivedToo) {
    return jdbc.sql(
            table.select()
                + "WHERE municipality_id = :m"
                + (archivedToo ? "" : " AND NOT archived")
                + " ORDER BY name")
        .param("m", municipality.value())
        .query(table.mapper())
        .list();
  }

  /** A page of every row, archived last. */
  <T> List<T> page(Table<T> table, MunicipalityId municipality, int limit, int offset) {
    return jdbc.sql(
            table.select()
                + "WHERE municipality_id = :m ORDER BY archived, name LIMIT :limit OFFSET :offset")
        .param("m", municipality.value())
        .param("limit", limit)
        .param("offset", offset)
        .query(table.mapper())
        .list();
  }

  int count(Table<?> table, MunicipalityId municipality) {
    return jdbc.sql("SELECT count(*) FROM " + table.table() + " WHERE municipality_id = :m")
        .param("m", municipality.value())
        .query(Integer.class)
        .single();
  }

  <T> Optional<T> find(Table<T> table, MunicipalityId municipality, UUID id) {
    return jdbc.sql(
            table.select() + "WHERE municipality_id = :m AND " + table.idColumn() + " = :id")
        .param("m", municipality.value())
        .param("id", id)
        .query(table.mapper())
        .optional();
  }

  /** Whether another row of the municipality has the name (case ignored). */
  boolean nameTaken(
      Table<?> table, MunicipalityId municipality, String name, @Nullable UUID except) {
    return jdbc.sql(
                "SELECT count(*) FROM "
                    + table.table()
                    + " WHERE municipality_id = :m AND lower(name) = lower(:name) AND "
                    + table.idColumn()
                    + " IS DISTINCT FROM :except")
            .param("m", municipality.value())
            .param("name", name)
            .param("except", except)
            .query(Integer.class)
            .single()
        > 0;
  }

  void delete(Table<?> table, MunicipalityId municipality, UUID id) {
    jdbc.sql(
            "DELETE FROM "
                + table.table()
                + " WHERE municipality_id = :m AND "
                + table.idColumn()
                + " = :id")
        .param("m", municipality.value())
        .param("id", id)
        .update();
  }

  void insertOrganisation(Organisation organisation, @Nullable UUID parent) {
    jdbc.sql(
            """
            INSERT INTO organisation
              (organisation_id, municipality_id, name, kind, parent_id, can_decide, email, phone)
            VALUES (:id, :m, :name, :kind, :parent, :decides, :email, :phone)
            ON CONFLICT (municipality_id, name) DO NOTHING
            """)
        .paramSource(organisationParameters(organisation).addValue("parent", parent))
        .update();
  }

  void updateOrganisation(Organisation organisation) {
    jdbc.sql(
            """
            UPDATE organisation SET name = :name, kind = :kind, can_decide = :decides,
              email = :email, phone = :phone, archived = :archived
            WHERE municipality_id = :m AND organisation_id = :id
            """)
        .paramSource(organisationParameters(organisation))
        .update();
  }

  /** The named parameters of an organisation row, for its INSERT and its UPDATE. */
  private static MapSqlParameterSource organisationParameters(Organisation organisation) {
    return new MapSqlParameterSource()
        .addValue("id", organisation.id())
        .addValue("m", organisation.municipalityId().value())
        .addValue("name", organisation.name())
        .addValue("kind", organisation.kind().name())
        .addValue("decides", organisation.kind().political())
        .addValue("email", organisation.email())
        .addValue("phone", organisation.phone())
        .addValue("archived", organisation.archived());
  }

  /** The names of the organisations whose parent it is. */
  List<String> children(MunicipalityId municipality, UUID organisationId) {
    return jdbc.sql(
            "SELECT name FROM organisation WHERE municipality_id = :m AND parent_id = :id ORDER BY name")
        .param("m", municipality.value())
        .param("id", organisationId)
        .query(String.class)
        .list();
  }

  private static Area area(ResultSet rs, int row) throws SQLException {
    double lat = rs.getDouble("latitude");
    Double latitude = rs.wasNull() ? null : lat;
    double lon = rs.getDouble("longitude");
    Double longitude = rs.wasNull() ? null : lon;
    return new Area(
        rs.getObject("area_id", UUID.class),
        new MunicipalityId(rs.getObject("municipality_id", UUID.class)),
        rs.getString("name"),
        rs.getString("kind"),
        latitude,
        longitude,
        rs.getString("geometry"),
        rs.getBoolean("archived"));
  }

  /** The active areas with a boundary whose bounding box holds the point. */
  List<Area> areasWhoseBoxHolds(MunicipalityId municipality, double latitude, double longitude) {
    return jdbc.sql(
            AREA
                + """
                WHERE municipality_id = :m AND NOT archived AND geometry IS NOT NULL
                  AND :lat BETWEEN min_latitude AND max_latitude
                  AND :lon BETWEEN min_longitude AND max_longitude
                ORDER BY name
                """)
        .param("m", municipality.value())
        .param("lat", latitude)
        .param("lon", longitude)
        .query(TenancyRepository::area)
        .list();
  }

  /** The areas that have an official code (for example a DeSO code), by area id. */
  java.util.Map<UUID, String> areaCodes(MunicipalityId municipality) {
    java.util.Map<UUID, String> codes = new java.util.LinkedHashMap<>();
    jdbc.sql("SELECT area_id, code FROM area WHERE municipality_id = :m AND code IS NOT NULL")
        .param("m", municipality.value())
        .query(
            (ResultSet rs) -> {
              codes.put(rs.getObject("area_id", UUID.class), rs.getString("code"));
            });
    return codes;
  }

  /** Sets or clears an area's official code. */
  void setAreaCode(MunicipalityId municipality, UUID id, @Nullable String code) {
    jdbc.sql("UPDATE area SET code = :code WHERE municipality_id = :m AND area_id = :id")
        .param("m", municipality.value())
        .param("id", id)
        .param("code", code)
        .update();
  }

  void insertArea(Area area) {
    jdbc.sql(
            """
            INSERT INTO area (area_id, municipality_id, name, kind, latitude, longitude, geometry,
              min_latitude, max_latitude, min_longitude, max_longitude)
            VALUES (:id, :m, :name, :kind, :lat, :lon, :geometry, :minLat, :maxLat, :minLon, :maxLon)
            ON CONFLICT (municipality_id, name) DO NOTHING
            """)
        .paramSource(areaParameters(area))
        .update();
  }

  void updateArea(Area area) {
    jdbc.sql(
            """
            UPDATE area SET name = :name, kind = :kind, latitude = :lat, longitude = :lon,
              geometry = :geometry, min_latitude = :minLat, max_latitude = :maxLat,
              min_longitude = :minLon, max_longitude = :maxLon, archived = :archived
            WHERE municipality_id = :m AND area_id = :id
            """)
        .paramSource(areaParameters(area))
        .update();
  }

  /** The named parameters of an area row with its bounding box, for its INSERT and its UPDATE. */
  private static MapSqlParameterSource areaParameters(Area area) {
    double[] box =
        area.geometry() == null ? null : AreaShapes.box(AreaShapes.parse(area.geometry()));
    return new MapSqlParameterSource()
        .addValue("id", area.id())
        .addValue("m", area.municipalityId().value())
        .addValue("name", area.name())
        .addValue("kind", area.kind())
        .addValue("lat", area.latitude())
        .addValue("lon", area.longitude())
        .addValue("geometry", area.geometry())
        .addValue("minLat", box == null ? null : box[0])
        .addValue("maxLat", box == null ? null : box[1])
        .addValue("minLon", box == null ? null : box[2])
        .addValue("maxLon", box == null ? null : box[3])
        .addValue("archived", area.archived());
  }

  List<ParticipationLevel> levels(MunicipalityId municipality) {
    return jdbc.sql(
            """
            SELECT level_id, rank, name_sv, name_en, explanation_sv, explanation_en
            FROM participation_level WHERE municipality_id = :m ORDER BY rank
            """)
        .param("m", municipality.value())
        .query(
            (rs, row) ->
                new ParticipationLevel(
                    rs.getObject("level_id", UUID.class),
                    rs.getInt("rank"),
                    new LocalizedText(rs.getString("name_sv"), rs.getString("name_en")),
                    new LocalizedText(
                        rs.getString("explanation_sv"), rs.getString("explanation_en"))))
        .list();
  }

  void insertLevel(MunicipalityId municipality, ParticipationLevel level) {
    jdbc.sql(
            """
            INSERT INTO participation_level
              (level_id, municipality_id, rank, name_sv, name_en, explanation_sv, explanation_en)
            VALUES (:id, :m, :rank, :nameSv, :nameEn, :explSv, :explEn)
            """)
        .params(levelParameters(municipality, level))
        .update();
  }

  /** The named parameters of a level row, for its INSERT and its UPDATE. */
  static Map<String, Object> levelParameters(
      MunicipalityId municipality, ParticipationLevel level) {
    return Map.of(
        "id", level.id(),
        "m", municipality.value(),
        "rank", level.rank(),
        "nameSv", level.name().sv(),
        "nameEn", level.name().en(),
        "explSv", level.explanation().sv(),
        "explEn", level.explanation().en());
  }
}
