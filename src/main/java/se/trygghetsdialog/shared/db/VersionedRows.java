package se.trygghetsdialog.shared.db;

import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * The versioned rows of one table (optimistic locking): an update changes a row of the municipality
 * only while it still has the version the form was shown with, and raises that version by one.
 *
 * @param table the table
 * @param idColumn the column holding a row's id, bound as {@code :id}
 */
public record VersionedRows(String table, String idColumn) {

  /**
   * Runs {@code UPDATE table SET set, version = version + 1} on the row {@code id} of the
   * municipality at {@code version}, only where the row also meets {@code condition} (SQL starting
   * with AND, or empty), with the params of {@code set} and {@code condition} bound.
   *
   * @return false if the row changed since {@code version}, does not exist or does not meet the
   *     condition (nothing is changed)
   */
  public boolean update(
      JdbcClient jdbc,
      MunicipalityId municipality,
      Object id,
      int version,
      String set,
      String condition,
      Map<String, ?> params) {
    return jdbc.sql(
                "UPDATE "
                    + table
                    + " SET "
                    + set
                    + ", version = version + 1 WHERE municipality_id = :m AND "
                    + idColumn
                    + " = :id AND version = :version "
                    + condition)
            .param("m", municipality.value())
            .param("id", id)
            .param("version", version)
            .params(params)
            .update()
        == 1;
  }
}
