package se.trygghetsdialog.records.retention;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * Runs a {@link Disposable}'s SQL: a query with {@code :m}, {@code :before} and {@code :limit}
 * whose first two columns are the item's id and time, and an update with {@code :m} and {@code
 * :id}.
 */
public final class ExpiredRows {

  private ExpiredRows() {}

  public static List<Disposable.Item> query(
      JdbcClient jdbc, String sql, MunicipalityId municipality, OffsetDateTime before, int limit) {
    return jdbc.sql(sql)
        .param("m", municipality.value())
        .param("before", before)
        .param("limit", limit)
        .query(
            (rs, row) ->
                new Disposable.Item(
                    rs.getObject(1, UUID.class), rs.getObject(2, OffsetDateTime.class)))
        .list();
  }

  public static void update(JdbcClient jdbc, String sql, MunicipalityId municipality, UUID id) {
    jdbc.sql(sql).param("m", municipality.value()).param("id", id).update();
  }
}
