package se.trygghetsdialog.notice;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.trygghetsdialog.moderation.PersonalDataKind;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * SQL for notices, their earlier wordings and attachments. Every statement filters by municipality.
 */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class NoticeRepository {

  private static final String COLUMNS =
      """
      n.notice_id, n.municipality_id, n.kind, n.title, n.body, n.meeting_date, n.adjusted_on,
      n.protocol_location, n.posted_on, n.removed_on, n.source_reference, n.flags, n.held,
      a.file_name, n.corrected_at, n.created_at, n.version
      FROM notice n LEFT JOIN notice_attachment a ON a.notice_id = n.notice_id
      WHERE n.municipality_id = :m
      """;

  private final JdbcClient jdbc;

  private static Notice notice(ResultSet rs, int row) throws SQLException {
    return new Notice(
        rs.getObject("notice_id", UUID.class),
        new MunicipalityId(rs.getObject("municipality_id", UUID.class)),
        NoticeKind.valueOf(rs.getString("kind")),
        rs.getString("title"),
        rs.getString("body"),
        rs.getObject("meeting_date", LocalDate.class),
        rs.getObject("adjusted_on", LocalDate.class),
        rs.getString("protocol_location"),
        rs.getObject("posted_on", LocalDate.class),
        rs.getObject("removed_on", LocalDate.class),
        rs.getString("source_reference"),
        flags(rs.getString("flags")),
        rs.getBoolean("held"),
        rs.getString("file_name"),
        rs.getObject("corrected_at", OffsetDateTime.class),
        rs.getObject("created_at", OffsetDateTime.class),
        rs.getInt("version"));
  }

  static Set<PersonalDataKind> flags(String stored) {
    Set<PersonalDataKind> kinds = EnumSet.noneOf(PersonalDataKind.class);
    Arrays.stream(stored.split(","))
        .filter(s -> !s.isBlank())
        .forEach(s -> kinds.add(PersonalDataKind.valueOf(s)));
    return kinds;
  }

  static String flags(Set<PersonalDataKind> kinds) {
    return kinds.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
  }

  void insert(Notice n, @Nullable UUID createdBy) {
    jdbc.sql(
            """
            INSERT INTO notice (notice_id, municipality_id, kind, title, body, meeting_date,
              adjusted_on, protocol_location, posted_on, removed_on, source_reference, flags, held,
              created_by, created_at, version)
            VALUES (:id, :m, :kind, :title, :body, :meeting, :adjusted, :location, :posted,
              :removed, :source, :flags, :held, :by, :at, 0)
            """)
        .param("id", n.id())
        .param("m", n.municipalityId().value())
        .param("kind", n.kind().name())
        .param("title", n.title())
        .param("body", n.text())
        .param("meeting", n.meetingDate())
        .param("adjusted", n.adjustedOn())
        .param("location", n.protocolLocation())
        .param("posted", n.postedOn())
        .param("removed", n.removedOn())
        .param("source", n.sourceReference())
        .param("flags", flags(n.flags()))
        .param("held", n.held())
        .param("by", createdBy)
        .param("at", n.createdAt())
        .update();
  }

  void insertAttachment(MunicipalityId m, UUID notice, String fileName, byte[] content) {
    jdbc.sql(
            """
            INSERT INTO notice_attachment (notice_id, municipality_id, file_name, size_bytes, content)
            VALUES (:id, :m, :name, :size, :content)
            """)
        .param("id", notice)
        .param("m", m.value())
        .param("name", fileName)
        .param("size", content.length)
        .param("content", content)
        .update();
  }

  Optional<Notice> find(MunicipalityId m, UUID id) {
    return jdbc.sql("SELECT " + COLUMNS + " AND n.notice_id = :id")
        .param("m", m.value())
        .param("id", id)
        .query(NoticeRepository::notice)
        .optional();
  }

  /** The notices on the board on {@code today}, newest posting first, optionally of one kind. */
  List<Notice> current(
      MunicipalityId m, LocalDate today, @Nullable NoticeKind kind, int limit, int offset) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + """
                AND NOT n.held AND n.posted_on <= :today AND n.removed_on > :today
                AND (CAST(:kind AS TEXT) IS NULL OR n.kind = :kind)
                ORDER BY n.posted_on DESC, n.created_at DESC LIMIT :limit OFFSET :offset
                """)
        .param("m", m.value())
        .param("today", today)
        .param("kind", kind == null ? null : kind.name())
        .param("limit", limit)
        .param("offset", offset)
        .query(NoticeRepository::notice)
        .list();
  }

  int countCurrent(MunicipalityId m, LocalDate today, @Nullable NoticeKind kind) {
    return jdbc.sql(
            """
            SELECT count(*) FROM notice WHERE municipality_id = :m AND NOT held
              AND posted_on <= :today AND removed_on > :today
              AND (CAST(:kind AS TEXT) IS NULL OR kind = :kind)
            """)
        .param("m", m.value())
        .param("today", today)
        .param("kind", kind == null ? null : kind.name())
        .query(Integer.class)
        .single();
  }

  /**
   * Notices taken down by {@code today} whose title contains {@code search}, latest removal first.
   */
  List<Notice> archive(MunicipalityId m, LocalDate today, String search, int limit, int offset) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + """
                AND NOT n.held AND n.removed_on <= :today
                AND n.title ILIKE :pattern ESCAPE '\\'
                ORDER BY n.removed_on DESC, n.posted_on DESC, n.created_at DESC
                LIMIT :limit OFFSET :offset
                """)
        .param("m", m.value())
        .param("today", today)
        .param("pattern", pattern(search))
        .param("limit", limit)
        .param("offset", offset)
        .query(NoticeRepository::notice)
        .list();
  }

  int countArchive(MunicipalityId m, LocalDate today, String search) {
    return jdbc.sql(
            """
            SELECT count(*) FROM notice WHERE municipality_id = :m AND NOT held
              AND removed_on <= :today AND title ILIKE :pattern ESCAPE '\\'
            """)
        .param("m", m.value())
        .param("today", today)
        .param("pattern", pattern(search))
        .query(Integer.class)
        .single();
  }

  private static String pattern(String search) {
    return "%" + search.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
  }

  /** Every notice, held ones first, then newest posting first: the staff list. */
  List<Notice> all(MunicipalityId m, int limit, int offset) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " ORDER BY n.held DESC, n.posted_on DESC, n.created_at DESC"
                + " LIMIT :limit OFFSET :offset")
        .param("m", m.value())
        .param("limit", limit)
        .param("offset", offset)
        .query(NoticeRepository::notice)
        .list();
  }

  int count(MunicipalityId m) {
    return jdbc.sql("SELECT count(*) FROM notice WHERE municipality_id = :m")
        .param("m", m.value())
        .query(Integer.class)
        .single();
  }

  /**
   * Keeps the notice's present wording as an earlier version and replaces it, if the notice is
   * still at {@code version}.
   *
   * @return whether it was replaced
   */
  boolean correct(Notice corrected, int version, OffsetDateTime at, UUID by) {
    int kept =
        jdbc.sql(
                """
                INSERT INTO notice_version (notice_id, municipality_id, version, title, body,
                  meeting_date, adjusted_on, protocol_location, removed_on, replaced_at, replaced_by)
                SELECT notice_id, municipality_id, version, title, body, meeting_date, adjusted_on,
                  protocol_location, removed_on, :at, :by
                FROM notice WHERE municipality_id = :m AND notice_id = :id AND version = :version
                """)
            .param("m", corrected.municipalityId().value())
            .param("id", corrected.id())
            .param("version", version)
            .param("at", at)
            .param("by", by)
            .update();
    if (kept == 0) {
      return false;
    }
    return jdbc.sql(
                """
                UPDATE notice SET title = :title, body = :body, meeting_date = :meeting,
                  adjusted_on = :adjusted, protocol_location = :location, removed_on = :removed,
                  flags = :flags, corrected_at = :at, version = version + 1
                WHERE municipality_id = :m AND notice_id = :id AND version = :version
                """)
            .param("m", corrected.municipalityId().value())
            .param("id", corrected.id())
            .param("version", version)
            .param("title", corrected.title())
            .param("body", corrected.text())
            .param("meeting", corrected.meetingDate())
            .param("adjusted", corrected.adjustedOn())
            .param("location", corrected.protocolLocation())
            .param("removed", corrected.removedOn())
            .param("flags", flags(corrected.flags()))
            .param("at", at)
            .update()
        == 1;
  }

  /** Releases a held notice. @return whether it was held */
  boolean release(MunicipalityId m, UUID id) {
    return jdbc.sql(
                """
                UPDATE notice SET held = FALSE, version = version + 1
                WHERE municipality_id = :m AND notice_id = :id AND held
                """)
            .param("m", m.value())
            .param("id", id)
            .update()
        == 1;
  }

  /** The wordings corrections replaced, newest first. */
  List<NoticeVersion> versions(MunicipalityId m, UUID id) {
    return jdbc.sql(
            """
            SELECT version, title, body, meeting_date, adjusted_on, protocol_location, removed_on,
              replaced_at
            FROM notice_version WHERE municipality_id = :m AND notice_id = :id
            ORDER BY version DESC
            """)
        .param("m", m.value())
        .param("id", id)
        .query(
            (rs, row) ->
                new NoticeVersion(
                    rs.getInt("version"),
                    rs.getString("title"),
                    rs.getString("body"),
                    rs.getObject("meeting_date", LocalDate.class),
                    rs.getObject("adjusted_on", LocalDate.class),
                    rs.getString("protocol_location"),
                    rs.getObject("removed_on", LocalDate.class),
                    rs.getObject("replaced_at", OffsetDateTime.class)))
        .list();
  }

  Optional<byte[]> attachment(MunicipalityId m, UUID id) {
    return jdbc.sql(
            "SELECT content FROM notice_attachment WHERE municipality_id = :m AND notice_id = :id")
        .param("m", m.value())
        .param("id", id)
        .query((rs, row) -> rs.getBytes("content"))
        .optional();
  }
}
