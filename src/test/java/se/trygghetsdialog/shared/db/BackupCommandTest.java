package se.trygghetsdialog.shared.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The jar's {@code backup FILE} and {@code restore FILE} on the embedded database of a data
 * directory, as an operator runs them with the application stopped.
 */
class BackupCommandTest {

  @TempDir Path work;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(Path dataDir, String... args) {
    return DatabaseBackup.run(
        args,
        Map.of("APP_DATA_DIR", dataDir.toString()),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void theBackupOfADataDirectoryRestoresIntoAnEmptyOneAndNeverOverAFullOne() throws Exception {
    Path original = work.resolve("original");
    try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(original, 0);
        Connection connection = connect(server);
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE note (id INT PRIMARY KEY, text TEXT)");
      statement.execute("INSERT INTO note VALUES (1, 'Trygghet'), (2, 'Åtgärd – ö'), (3, NULL)");
    }
    Path file = work.resolve("nightly.backup");

    assertThat(run(original, "backup", file.toString())).as(err.toString()).isZero();
    assertThat(file).isNotEmptyFile();

    Path restored = work.resolve("restored");
    assertThat(run(restored, "restore", file.toString())).as(err.toString()).isZero();
    try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(restored, 0);
        Connection connection = connect(server);
        Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT string_agg(coalesce(text, '-'), ',' ORDER BY id) FROM note")) {
      rows.next();
      assertThat(rows.getString(1)).isEqualTo("Trygghet,Åtgärd – ö,-");
    }

    assertThat(run(restored, "restore", file.toString())).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("not empty");
  }

  @Test
  void aMissingFileOrArgumentIsAClearError() {
    assertThat(run(work.resolve("none"), "restore", work.resolve("missing").toString()))
        .isEqualTo(2);
    assertThat(run(work.resolve("none"), "backup")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("No backup file", "Usage");
  }

  private static Connection connect(EmbeddedPostgresServer server) throws Exception {
    return DatabaseBackup.target(server.jdbcUrl(), EmbeddedPostgresServer.USER, server.password())
        .connect();
  }
}
