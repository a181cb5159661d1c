package se.trygghetsdialog.records.access;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.trygghetsdialog.records.RecordKind;
import se.trygghetsdialog.shared.MunicipalityId;

/** What the {@link DocumentSource} implementations share when they search and look up. */
public final class DocumentSearch {

  private DocumentSearch() {}

  /**
   * An ILIKE pattern (with backslash as the escape character) matching any text that contains
   * {@code text}; every text when it is blank.
   */
  public static String containing(String text) {
    String escaped = text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    return "%" + escaped + "%";
  }

  /** The id as a UUID, or empty when it is none. */
  public static Optional<UUID> uuid(String id) {
    try {
      return Optional.of(UUID.fromString(id.strip()));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** The text of a hit an excerpt is made of. */
  public interface Text {
    String of(ResultSet row) throws SQLException;
  }

  /**
   * Runs a source's search SQL, which binds {@code :m}, {@code :from}, {@code :to}, {@code
   * :pattern} (see {@link #containing}) and {@code :limit}, and maps each row to a hit by its id
   * column (a UUID), time column and text.
   */
  public static List<DocumentSummary> search(
      JdbcClient jdbc,
      String sql,
      RecordKind kind,
      MunicipalityId municipality,
      OffsetDateTime from,
      OffsetDateTime to,
      String text,
      int limit,
      String idColumn,
      String timeColumn,
      Text excerpt) {
    return jdbc.sql(sql)
        .param("m", municipality.value())
        .param("from", from)
        .param("to", to)
        .param("pattern", containing(text))
        .param("limit", limit)
        .query(
            (rs, row) ->
                new DocumentSummary(
                    kind,
                    rs.getObject(idColumn, UUID.class).toString(),
                    rs.getObject(timeColumn, OffsetDateTime.class),
                    DocumentSummary.excerptOf(excerpt.of(rs))))
        .list();
  }
}
