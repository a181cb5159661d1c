package se.trygghetsdialog.walk;

import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.trygghetsdialog.shared.MunicipalityId;

/** SQL for walk points shared with another organisation (table walk_point_share). */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class WalkShareRepository {

  private final JdbcClient jdbc;

  /**
   * @return false when the point is already shared with the organisation (nothing stored)
   */
  boolean insert(
      MunicipalityId m, UUID walk, UUID point, UUID organisation, UUID actor, String reason) {
    return jdbc.sql(
                """
                INSERT INTO walk_point_share (point_id, organisation_id, walk_id, municipality_id,
                  reason, shared_by)
                VALUES (:point, :o, :walk, :m, :reason, :actor) ON CONFLICT DO NOTHING
                """)
            .param("point", point)
            .param("o", organisation)
            .param("walk", walk)
            .param("m", m.value())
            .param("reason", reason)
            .param("actor", actor)
            .update()
        == 1;
  }

  boolean delete(MunicipalityId m, UUID point, UUID organisation) {
    return jdbc.sql(
                """
                DELETE FROM walk_point_share
                WHERE municipality_id = :m AND point_id = :point AND organisation_id = :o
                """)
            .param("m", m.value())
            .param("point", point)
            .param("o", organisation)
            .update()
        == 1;
  }

  List<WalkPointSharing.Share> ofWalk(MunicipalityId m, UUID walk) {
    return jdbc.sql(
            """
            SELECT point_id, organisation_id, reason, shared_at FROM walk_point_share
            WHERE municipality_id = :m AND walk_id = :walk ORDER BY shared_at, organisation_id
            """)
        .param("m", m.value())
        .param("walk", walk)
        .query(
            (rs, row) ->
                new WalkPointSharing.Share(
                    rs.getObject("point_id", UUID.class),
                    rs.getObject("organisation_id", UUID.class),
                    rs.getString("reason"),
                    rs.getObject("shared_at", OffsetDateTime.class)))
        .list();
  }

  Set<UUID> walksSharedWith(MunicipalityId m, UUID organisation) {
    return new HashSet<>(
        jdbc.sql(
                """
                SELECT DISTINCT walk_id FROM walk_point_share
                WHERE municipality_id = :m AND organisation_id = :o
                """)
            .param("m", m.value())
            .param("o", organisation)
            .query(UUID.class)
            .list());
  }
}
