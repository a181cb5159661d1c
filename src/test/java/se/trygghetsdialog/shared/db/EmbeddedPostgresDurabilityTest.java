package se.trygghetsdialog.shared.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded server of the default run, which keeps real data in a data directory. */
class EmbeddedPostgresDurabilityTest {

  @TempDir Path temp;

  private Path dataDir() {
    return temp.resolve("pg");
  }

  @AfterEach
  void stopLeftovers() throws Exception {
    LeftoverServers.stop(dataDir());
  }

  @Test
  void writesReachTheDiskBeforeTheyAreAcknowledged() throws Exception {
    try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir(), 0);
        Connection connection = connect(server, server.password())) {
      assertThat(show(connection, "fsync")).isEqualTo("on");
      assertThat(show(connection, "synchronous_commit")).isEqualTo("on");
      assertThat(show(connection, "full_page_writes")).isEqualTo("on");
    }
  }

  @Test
  void onlyConnectionsWithThePasswordKeptInTheDataDirectoryGetIn() throws Exception {
    try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir(), 0)) {
      Path passwordFile = dataDir().resolve(EmbeddedPostgresServer.PASSWORD_FILE);
      String password = Files.readString(passwordFile).trim();

      assertThatThrownBy(() -> connect(server, null)).isInstanceOf(SQLException.class);
      assertThatThrownBy(() -> connect(server, "postgres")).isInstanceOf(SQLException.class);
      try (Connection connection = connect(server, password)) {
        assertThat(show(connection, "password_encryption")).isEqualTo("scram-sha-256");
      }
      assertThat(server.password()).isEqualTo(password);
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile)))
          .isEqualTo("rw-------");
    }
  }

  @Test
  void aDataDirectoryThatTrustedEveryLocalUserGetsAPasswordAndKeepsItsData() throws Exception {
    try (EmbeddedPostgres before =
            EmbeddedPostgres.builder()
                .setDataDirectory(dataDir())
                .setCleanDataDirectory(false)
                .start();
        Connection connection = before.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE kept (note text)");
      statement.execute("INSERT INTO kept VALUES ('from before')");
    }

    try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir(), 0)) {
      assertThatThrownBy(() -> connect(server, null)).isInstanceOf(SQLException.class);
      try (Connection connection = connect(server, server.password());
          Statement statement = connection.createStatement();
          ResultSet rows = statement.executeQuery("SELECT note FROM kept")) {
        assertThat(rows.next()).isTrue();
        assertThat(rows.getString(1)).isEqualTo("from before");
      }
    }
  }

  private static Connection connect(EmbeddedPostgresServer server, String password)
      throws SQLException {
    return DriverManager.getConnection(server.jdbcUrl(), EmbeddedPostgresServer.USER, password);
  }

  private static String show(Connection connection, String setting) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SHOW " + setting)) {
      rows.next();
      return rows.getString(1);
    }
  }
}
