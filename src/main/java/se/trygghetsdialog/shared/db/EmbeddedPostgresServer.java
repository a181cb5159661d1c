package se.trygghetsdialog.shared.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The embedded PostgreSQL server (old behaviour, extracted). */
final class EmbeddedPostgresServer implements AutoCloseable {

  static final String USER = "postgres";
  static final String PASSWORD_FILE = "app-db-password";

  private final EmbeddedPostgres postgres;
  private final String password;

  private EmbeddedPostgresServer(EmbeddedPostgres postgres, String password) {
    this.postgres = postgres;
    this.password = password;
  }

  static EmbeddedPostgresServer start(Path dataDir, int port) throws IOException {
    EmbeddedPostgres.Builder builder =
        EmbeddedPostgres.builder()
            .setServerConfig("listen_addresses", "127.0.0.1")
            .setServerConfig("max_connections", "50");
    if (port > 0) {
      builder.setPort(port);
    }
    if (dataDir != null) {
      File dir = dataDir.toAbsolutePath().toFile();
      Files.createDirectories(dir.toPath());
      builder.setDataDirectory(dir).setCleanDataDirectory(false);
    }
    return new EmbeddedPostgresServer(builder.start(), null);
  }

  String jdbcUrl() {
    return "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
  }

  int port() {
    return postgres.getPort();
  }

  String password() {
    return password;
  }

  @Override
  public void close() throws IOException {
    postgres.close();
  }
}
