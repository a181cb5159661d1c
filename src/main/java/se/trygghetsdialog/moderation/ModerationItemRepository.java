package se.trygghetsdialog.moderation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.db.MunicipalityRows;

/** SQL for the review queue and the unmasking log. */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ModerationItemRepository {

  private static final String COLUMNS =
      """
      item_id, municipality_id, content_type, content_id, original_text, public_text, flagged,
      screening_kinds, status, reason, redacted, decided_by, decided_at, submitted_at, findings
      """;

  private static final MunicipalityRows<ModerationItem> ITEMS =
      new MunicipalityRows<>(
          COLUMNS,
          "FROM moderation_item WHERE municipality_id = :m",
          ModerationItemRepository::item);

  private final JdbcClient jdbc;

  private static Set<PersonalDataKind> kinds(String stored) {
    Set<PersonalDataKind> kinds = EnumSet.noneOf(PersonalDataKind.class);
    Arrays.stream(stored.split(","))
        .filter(s -> !s.isBlank())
        .forEach(s -> kinds.add(PersonalDataKind.valueOf(s)));
    return kinds;
  }

  static String kinds(Set<PersonalDataKind> kinds) {
    return kinds.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
  }

  static String findings(List<Finding> findings) {
    return findings.stream()
        .map(f -> f.kind().name() + ":" + f.start() + ":" + f.end())
        .collect(Collectors.joining(","));
  }

  private static @Nullable List<Finding> findings(@Nullable String stored) {
    if (stored == null) {
      return null;
    }
    return Arrays.stream(stored.split(","))
        .filter(s -> !s.isBlank())
        .map(s -> s.split(":"))
        .map(
            parts ->
                new Finding(
                    PersonalDataKind.valueOf(parts[0]),
                    Integer.parseInt(parts[1]),
                    Integer.parseInt(parts[2])))
        .toList();
  }

  private static ModerationItem item(ResultSet rs, int row) throws SQLException {
    return new ModerationItem(
        new ModerationItemId(rs.getObject("item_id", UUID.class)),
        new MunicipalityId(rs.getObject("municipality_id", UUID.class)),
        rs.getString("content_type"),
        rs.getObject("content_id", UUID.class),
        rs.getString("original_text"),
        rs.getString("public_text"),
        rs.getBoolean("flagged"),
        kinds(rs.getString("screening_kinds")),
        ModerationStatus.valueOf(rs.getString("status")),
        rs.getString("reason"),
        rs.getBoolean("redacted"),
        rs.getObject("decided_by", UUID.class),
        rs.getObject("decided_at", OffsetDateTime.class),
        rs.getObject("submitted_at", OffsetDateTime.class),
        findings(rs.getString("findings")));
  }

  void insert(
      MunicipalityId municipality,
      ModerationItemId id,
      String contentType,
      UUID contentId,
      ScreeningResult screening) {
    jdbc.sql(
            """
            INSERT INTO moderation_item (item_id, municipality_id, content_type, content_id,
              original_text, flagged, screening_kinds, findings, status)
            VALUES (:id, :m, :type, :content, :text, :flagged, :kinds, :findings, 'PENDING')
            ON CONFLICT (municipality_id, content_type, content_id) DO NOTHING
            """)
        .param("id", id.value())
        .param("m", municipality.value())
        .param("type", contentType)
        .param("content", contentId)
        .param("text", screening.text())
        .param("flagged", screening.flagged())
        .param("kinds", kinds(screening.kinds()))
        .param("findings", findings(screening.findings()))
        .update();
  }

  Optional<ModerationItem> find(MunicipalityId municipality, ModerationItemId id) {
    return ITEMS.optional(jdbc, municipality, "AND item_id = :id", Map.of("id", id.value()));
  }

  Optional<ModerationItem> byContent(MunicipalityId municipality, String type, UUID contentId) {
    return ITEMS.optional(
        jdbc,
        municipality,
        "AND content_type = :type AND content_id = :content",
        Map.of("type", type, "content", contentId));
  }

  List<ModerationItem> byStatus(
      MunicipalityId municipality, ModerationStatus status, int limit, int offset) {
    return ITEMS.list(
        jdbc,
        municipality,
        "AND status = :status ORDER BY submitted_at, item_id LIMIT :limit OFFSET :offset",
        Map.of("status", status.name(), "limit", limit, "offset", offset));
  }

  int count(MunicipalityId municipality, ModerationStatus status) {
    return ITEMS.count(jdbc, municipality, "AND status = :status", Map.of("status", status.name()));
  }

  /** Records a decision if the item is still pending; false if someone else decided first. */
  boolean decide(
      MunicipalityId municipality,
      ModerationItemId id,
      ModerationStatus status,
      @Nullable String publicText,
      boolean redacted,
      String reason,
      @Nullable UUID actor) {
    return jdbc.sql(
                """
                UPDATE moderation_item SET status = :status, public_text = :public,
                  redacted = :redacted, reason = :reason, decided_by = :actor, decided_at = now()
                WHERE municipality_id = :m AND item_id = :id AND status = 'PENDING'
                """)
            .param("status", status.name())
            .param("public", publicText)
            .param("redacted", redacted)
            .param("reason", reason)
            .param("actor", actor)
            .param("m", municipality.value())
            .param("id", id.value())
            .update()
        == 1;
  }

  void logUnmasking(MunicipalityId municipality, ModerationItemId id, UUID actor, String reason) {
    jdbc.sql(
            """
            INSERT INTO moderation_unmasking (unmasking_id, municipality_id, item_id, account_id, reason)
            VALUES (:uid, :m, :id, :actor, :reason)
            """)
        .param("uid", UUID.randomUUID())
        .param("m", municipality.value())
        .param("id", id.value())
        .param("actor", actor)
        .param("reason", reason)
        .update();
  }

  int unmaskings(MunicipalityId municipality, ModerationItemId id) {
    return jdbc.sql(
            "SELECT count(*) FROM moderation_unmasking WHERE municipality_id = :m AND item_id = :id")
        .param("m", municipality.value())
        .param("id", id.value())
        .query(Integer.class)
        .single();
  }
}
