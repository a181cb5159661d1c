package se.trygghetsdialog.analysis;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.trygghetsdialog.shared.MunicipalityId;
import tools.jackson.databind.json.JsonMapper;

/** The frozen versions of reports: written once, never updated. */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AnalysisRepository {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** A version without its content, for lists. */
  record Listed(ReportKind kind, int number, OffsetDateTime frozenAt) {}

  private final JdbcClient jdbc;

  int nextNumber(MunicipalityId m, UUID dialogue, ReportKind kind) {
    Integer max =
        jdbc.sql(
                """
                SELECT coalesce(max(number), 0) FROM analysis_report_version
                WHERE municipality_id = :m AND dialogue_id = :d AND kind = :k
                """)
            .param("m", m.value())
            .param("d", dialogue)
            .param("k", kind.name())
            .query(Integer.class)
            .single();
    return (max == null ? 0 : max) + 1;
  }

  /** Stores a version; false when the number was taken meanwhile. */
  boolean insert(
      MunicipalityId m, UUID id, int number, Report content, byte[] pdf, @Nullable UUID actor) {
    return jdbc.sql(
                """
                INSERT INTO analysis_report_version
                  (version_id, municipality_id, dialogue_id, kind, number, content, pdf, frozen_by)
                VALUES (:id, :m, :d, :k, :n, CAST(:content AS jsonb), :pdf, :by)
                ON CONFLICT (municipality_id, dialogue_id, kind, number) DO NOTHING
                """)
            .param("id", id)
            .param("m", m.value())
            .param("d", content.dialogueId())
            .param("k", content.kind().name())
            .param("n", number)
            .param("content", JSON.writeValueAsString(content))
            .param("pdf", pdf)
            .param("by", actor)
            .update()
        == 1;
  }

  List<Listed> list(MunicipalityId m, UUID dialogue) {
    return jdbc.sql(
            """
            SELECT kind, number, frozen_at FROM analysis_report_version
            WHERE municipality_id = :m AND dialogue_id = :d
            ORDER BY kind, number DESC
            """)
        .param("m", m.value())
        .param("d", dialogue)
        .query(
            (rs, n) ->
                new Listed(
                    ReportKind.valueOf(rs.getString("kind")),
                    rs.getInt("number"),
                    rs.getObject("frozen_at", OffsetDateTime.class)))
        .list();
  }

  Optional<FrozenReport> find(MunicipalityId m, UUID dialogue, ReportKind kind, int number) {
    return jdbc.sql(
            """
            SELECT version_id, frozen_at, content::text AS content FROM analysis_report_version
            WHERE municipality_id = :m AND dialogue_id = :d AND kind = :k AND number = :n
            """)
        .param("m", m.value())
        .param("d", dialogue)
        .param("k", kind.name())
        .param("n", number)
        .query(
            (rs, n) ->
                new FrozenReport(
                    rs.getObject("version_id", UUID.class),
                    kind,
                    number,
                    rs.getObject("frozen_at", OffsetDateTime.class),
                    JSON.readValue(rs.getString("content"), Report.class)))
        .optional();
  }

  Optional<byte[]> pdf(MunicipalityId m, UUID dialogue, ReportKind kind, int number) {
    return jdbc.sql(
            """
            SELECT pdf FROM analysis_report_version
            WHERE municipality_id = :m AND dialogue_id = :d AND kind = :k AND number = :n
            """)
        .param("m", m.value())
        .param("d", dialogue)
        .param("k", kind.name())
        .param("n", number)
        .query((rs, n) -> rs.getBytes("pdf"))
        .optional();
  }
}
