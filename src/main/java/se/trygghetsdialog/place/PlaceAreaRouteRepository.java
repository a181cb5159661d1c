package se.trygghetsdialog.place;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.trygghetsdialog.geo.Coordinates;
import se.trygghetsdialog.shared.MunicipalityId;

/** SQL for area routes: circles or municipal areas owned by an organisation. */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PlaceAreaRouteRepository {

  private final JdbcClient jdbc;

  List<AreaRoute> all(MunicipalityId municipality) {
    return jdbc.sql(
            """
            SELECT route_id, organisation_id, name, latitude, longitude, radius_metres, area_id
            FROM place_area_route WHERE municipality_id = :m ORDER BY name, route_id
            """)
        .param("m", municipality.value())
        .query(
            (rs, n) -> {
              UUID area = rs.getObject("area_id", UUID.class);
              return new AreaRoute(
                  rs.getObject("route_id", UUID.class),
                  rs.getObject("organisation_id", UUID.class),
                  rs.getString("name"),
                  area != null
                      ? null
                      : new Coordinates(rs.getDouble("latitude"), rs.getDouble("longitude")),
                  rs.getInt("radius_metres"),
                  area);
            })
        .list();
  }

  void add(MunicipalityId municipality, AreaRoute route) {
    jdbc.sql(
            """
            INSERT INTO place_area_route
              (route_id, municipality_id, organisation_id, name, latitude, longitude, radius_metres,
               area_id)
            VALUES (:id, :m, :o, :name, :lat, :lon, :radius, :area)
            """)
        .param("id", route.id())
        .param("m", municipality.value())
        .param("o", route.organisationId())
        .param("name", route.name())
        .param("lat", route.centre() == null ? null : route.centre().latitude())
        .param("lon", route.centre() == null ? null : route.centre().longitude())
        .param("radius", route.centre() == null ? null : route.radiusMetres())
        .param("area", route.areaId())
        .update();
  }

  boolean remove(MunicipalityId municipality, UUID routeId) {
    return jdbc.sql("DELETE FROM place_area_route WHERE municipality_id = :m AND route_id = :id")
            .param("m", municipality.value())
            .param("id", routeId)
            .update()
        == 1;
  }

  Optional<Coordinates> location(MunicipalityId municipality, PlaceReportId id) {
    return ReportStatements.about(
            jdbc,
            "SELECT latitude, longitude FROM place_report WHERE municipality_id = :m AND report_id = :id",
            municipality,
            id)
        .query(Coordinates.class)
        .optional();
  }

  /** Puts the report in the organisation's worklist unless it already is there. */
  void assign(MunicipalityId municipality, PlaceReportId id, UUID organisationId) {
    ReportStatements.about(
            jdbc,
            """
            INSERT INTO place_report_assignment (report_id, organisation_id, municipality_id)
            VALUES (:id, :o, :m) ON CONFLICT DO NOTHING
            """,
            municipality,
            id)
        .param("o", organisationId)
        .update();
  }
}
