package se.trygghetsdialog.shared.db;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import se.trygghetsdialog.support.IntegrationTest;

/**
 * A backup of the application's database with the demo data and everything the other tests made,
 * restored into an empty database, holds every row of every table.
 */
@IntegrationTest
class BackupRestoreTest {

  @Autowired HikariDataSource dataSource;

  @TempDir Path dir;

  @Test
  void aBackupRestoredIntoAnEmptyDatabaseHasEveryRowOfEveryTable() throws Exception {
    DatabaseBackup.Target source =
        DatabaseBackup.target(
            dataSource.getJdbcUrl(), dataSource.getUsername(), dataSource.getPassword());
    Path file = dir.resolve("trygghet.backup");
    Map<String, Long> before;
    // The counts and the backup see one snapshot, whatever the application writes meanwhile.
    try (Connection connection = source.connect()) {
      connection.setAutoCommit(false);
      connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      String snapshot;
      try (Statement statement = connection.createStatement();
          ResultSet rows = statement.executeQuery("SELECT pg_export_snapshot()")) {
        rows.next();
        snapshot = rows.getString(1);
      }
      before = counts(connection, source);
      DatabaseBackup.dump(source, file, snapshot);
      connection.commit();
    }
    assertThat(file).isNotEmptyFile();
    assertThat(before).containsKeys("public.flyway_schema_history", "public.municipality");
    assertThat(before.values().stream().mapToLong(Long::longValue).sum()).isGreaterThan(100);

    try (EmbeddedPostgresServer empty = EmbeddedPostgresServer.start(null, 0)) {
      DatabaseBackup.Target target =
          DatabaseBackup.target(empty.jdbcUrl(), EmbeddedPostgresServer.USER, null);
      assertThat(DatabaseBackup.tables(target)).isEmpty();

      DatabaseBackup.restore(target, file);

      try (Connection connection = target.connect()) {
        assertThat(counts(connection, target)).isEqualTo(before);
      }
    }
  }

  private static Map<String, Long> counts(Connection connection, DatabaseBackup.Target target)
      throws Exception {
    Map<String, Long> counts = new LinkedHashMap<>();
    try (Statement statement = connection.createStatement()) {
      try (ResultSet tables =
          statement.executeQuery(
              "SELECT quote_ident(table_schema) || '.' || quote_ident(table_name)"
                  + " FROM information_schema.tables WHERE table_type = 'BASE TABLE'"
                  + " AND table_schema NOT IN ('pg_catalog', 'information_schema') ORDER BY 1")) {
        while (tables.next()) {
          counts.put(tables.getString(1), null);
        }
      }
      for (String table : counts.keySet()) {
        try (ResultSet rows = statement.executeQuery("SELECT count(*) FROM " + table)) {
          rows.next();
          counts.put(table, rows.getLong(1));
        }
      }
    }
    return counts;
  }
}
