package se.trygghetsdialog.records.retention;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.trygghetsdialog.records.RecordKind;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * A {@link Disposable} that is nothing but SQL, run by {@link ExpiredRows}: a query listing the
 * expired items (parameters {@code :m}, {@code :before}, {@code :limit}; first the item's id, then
 * its time) and the statements that dispose of one item (parameters {@code :m} and {@code :id}), in
 * order. A module's disposal extends this with its own SQL.
 */
public abstract class SqlDisposable implements Disposable {

  private final JdbcClient jdbc;
  private final RecordKind kind;
  private final String expiredSql;
  private final List<String> disposeSql;

  protected SqlDisposable(
      JdbcClient jdbc, RecordKind kind, String expiredSql, String... disposeSql) {
    this.jdbc = jdbc;
    this.kind = kind;
    this.expiredSql = expiredSql;
    this.disposeSql = List.of(disposeSql);
  }

  @Override
  public RecordKind kind() {
    return kind;
  }

  @Override
  public List<Item> expired(MunicipalityId municipality, OffsetDateTime before, int limit) {
    return ExpiredRows.query(jdbc, expiredSql, municipality, before, limit);
  }

  @Override
  public void dispose(MunicipalityId municipality, UUID id) {
    for (String sql : disposeSql) {
      ExpiredRows.update(jdbc, sql, municipality, id);
    }
  }
}
