package se.trygghetsdialog.field;

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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.db.MunicipalityRows;

/** SQL for the rumour log. */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class RumourRepository {

  private static final MunicipalityRows<Rumour> RUMOURS =
      new MunicipalityRows<>(
          "*", "FROM rumour WHERE municipality_id = :m", RumourRepository::rumour);

  private final JdbcClient jdbc;

  private static Rumour rumour(ResultSet rs, int row) throws SQLException {
    return new Rumour(
        rs.getObject("rumour_id", UUID.class),
        new MunicipalityId(rs.getObject("municipality_id", UUID.class)),
        rs.getString("content"),
        RumourChannel.valueOf(rs.getString("channel")),
        rs.getObject("seen_at", OffsetDateTime.class),
        rs.getObject("area_id", UUID.class),
        rs.getString("clarification"),
        rs.getString("public_summary"),
        rs.getObject("published_at", OffsetDateTime.class),
        rs.getObject("recorded_by", UUID.class),
        rs.getObject("recorded_at", OffsetDateTime.class),
        rs.getObject("updated_at", OffsetDateTime.class),
        rs.getInt("version"));
  }

  /**
   * @return false if a rumour with this creation token was already recorded (nothing inserted)
   */
  boolean insert(MunicipalityId m, UUID id, UUID token, UUID actor, RumourLog.Input in) {
    return input(
                jdbc.sql(
                    """
            INSERT INTO rumour (rumour_id, municipality_id, content, channel, seen_at, area_id,
              clarification, public_summary, recorded_by, creation_token)
            VALUES (:id, :m, :content, :channel, :seen, :area, :clarification, :summary, :actor,
              :token)
            ON CONFLICT (municipality_id, creation_token) DO NOTHING
            """),
                in)
            .param("id", id)
            .param("token", token)
            .param("m", m.value())
            .param("actor", actor)
            .update()
        == 1;
  }

  Optional<UUID> byCreationToken(MunicipalityId m, UUID token) {
    return RUMOURS.optional(jdbc, m, "AND creation_token = :t", Map.of("t", token)).map(Rumour::id);
  }

  /**
   * @return 0 if the rumour is no longer at {@code version} (nothing changed)
   */
  int update(MunicipalityId m, UUID id, int version, RumourLog.Input in) {
    return input(
            jdbc.sql(
                """
            UPDATE rumour SET content = :content, channel = :channel, seen_at = :seen,
              area_id = :area, clarification = :clarification, public_summary = :summary,
              updated_at = now(), version = version + 1
            WHERE municipality_id = :m AND rumour_id = :id AND version = :version
            """),
            in)
        .param("id", id)
        .param("version", version)
        .param("m", m.value())
        .update();
  }

  /** Binds the rumour's fields that staff enter, the same for an insert and an update. */
  private static JdbcClient.StatementSpec input(JdbcClient.StatementSpec sql, RumourLog.Input in) {
    return sql.param("content", in.content())
        .param("channel", in.channel().name())
        .param("seen", in.seenAt())
        .param("area", in.areaId())
        .param("clarification", in.clarification())
        .param("summary", in.publicSummary());
  }

  int setPublished(MunicipalityId m, UUID id, @Nullable OffsetDateTime at) {
    return jdbc.sql(
            "UPDATE rumour SET published_at = :at, updated_at = now(), version = version + 1"
                + " WHERE municipality_id = :m AND rumour_id = :id")
        .param("id", id)
        .param("m", m.value())
        .param("at", at)
        .update();
  }

  Optional<Rumour> find(MunicipalityId m, UUID id) {
    return RUMOURS.optional(jdbc, m, "AND rumour_id = :id", Map.of("id", id));
  }

  List<Rumour> page(MunicipalityId m, boolean publishedOnly, int limit, int offset) {
    return RUMOURS.list(
        jdbc,
        m,
        (publishedOnly
                ? "AND published_at IS NOT NULL ORDER BY published_at DESC"
                : "ORDER BY seen_at DESC")
            + ", rumour_id LIMIT :limit OFFSET :offset",
        Map.of("limit", limit, "offset", offset));
  }

  int count(MunicipalityId m, boolean publishedOnly) {
    return RUMOURS.count(jdbc, m, publishedOnly ? "AND published_at IS NOT NULL" : "", Map.of());
  }
}
