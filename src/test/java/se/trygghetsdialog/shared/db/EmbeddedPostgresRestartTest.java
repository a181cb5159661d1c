package se.trygghetsdialog.shared.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedPostgresRestartTest {

  @TempDir Path temp;

  private Path dataDir() {
    return temp.resolve("pg");
  }

  @AfterEach
  void stopLeftovers() throws Exception {
    LeftoverServers.stop(dataDir());
  }

  @Test
  void theFirstStartAfterTheApplicationWasKilledTakesOverItsDataDirectory() throws Exception {
    ChildJvm killed =
        ChildJvm.start(KilledApplication.class, temp.resolve("child.log"), dataDir().toString());
    killed.awaitOutput("READY");
    killed.process().destroyForcibly();
    assertThat(killed.process().waitFor(30, TimeUnit.SECONDS)).isTrue();
    ProcessHandle orphan = LeftoverServers.runningOn(dataDir()).orElseThrow();

    try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir(), 0);
        Connection connection =
            DriverManager.getConnection(
                server.jdbcUrl(), EmbeddedPostgresServer.USER, server.password());
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT note FROM kept")) {
      assertThat(rows.next()).isTrue();
      assertThat(rows.getString(1)).isEqualTo("written before the kill");
      assertThat(orphan.isAlive()).isFalse();
    }
  }

  @Test
  void aPostmasterPidNamingAProcessThatIsNoPostgresDoesNotBlockTheStart() throws Exception {
    EmbeddedPostgresServer.start(dataDir(), 0).close();
    // As after a power cut: the pid file survived and its PID now belongs to another program.
    Files.writeString(
        dataDir().resolve("postmaster.pid"),
        ProcessHandle.current().pid() + "\n" + dataDir() + "\n1700000000\n5432\n");

    try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir(), 0);
        Connection connection =
            DriverManager.getConnection(
                server.jdbcUrl(), EmbeddedPostgresServer.USER, server.password())) {
      assertThat(connection.isValid(5)).isTrue();
    }
  }
}
