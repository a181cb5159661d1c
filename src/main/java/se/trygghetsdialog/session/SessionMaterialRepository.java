package se.trygghetsdialog.session;

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

/**
 * SQL for the files shared with a session's participants. Every statement filters by municipality.
 */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class SessionMaterialRepository {

  private static final MunicipalityRows<SessionMaterial> FILES =
      MunicipalityRows.of(
          SessionMaterial.class,
          "material_id AS id, session_id, file_name, kind, size_bytes, uploaded_at",
          "FROM dialogue_session_material WHERE municipality_id = :m");

  private final JdbcClient jdbc;

  List<SessionMaterial> of(MunicipalityId m, UUID session) {
    return FILES.list(
        jdbc, m, "AND session_id = :s ORDER BY uploaded_at, file_name", Map.of("s", session));
  }

  int count(MunicipalityId m, UUID session) {
    return of(m, session).size();
  }

  Optional<SessionMaterial> find(MunicipalityId m, UUID session, UUID id) {
    return FILES.optional(
        jdbc, m, "AND session_id = :s AND material_id = :id", Map.of("s", session, "id", id));
  }

  Optional<byte[]> content(MunicipalityId m, UUID session, UUID id) {
    return jdbc.sql(
            """
            SELECT content FROM dialogue_session_material
            WHERE municipality_id = :m AND session_id = :s AND material_id = :id
            """)
        .param("m", m.value())
        .param("s", session)
        .param("id", id)
        .query(byte[].class)
        .optional();
  }

  void insert(MunicipalityId m, SessionMaterial file, byte[] content) {
    jdbc.sql(
            """
            INSERT INTO dialogue_session_material (material_id, municipality_id, session_id,
              file_name, kind, size_bytes, content, uploaded_at)
            VALUES (:id, :m, :s, :name, :kind, :size, :content, :at)
            """)
        .param("id", file.id())
        .param("m", m.value())
        .param("s", file.sessionId())
        .param("name", file.fileName())
        .param("kind", file.kind().name())
        .param("size", file.sizeBytes())
        .param("content", content)
        .param("at", file.uploadedAt())
        .update();
  }

  boolean delete(MunicipalityId m, UUID session, UUID id) {
    return jdbc.sql(
                """
                DELETE FROM dialogue_session_material
                WHERE municipality_id = :m AND session_id = :s AND material_id = :id
                """)
            .param("m", m.value())
            .param("s", session)
            .param("id", id)
            .update()
        == 1;
  }
}
