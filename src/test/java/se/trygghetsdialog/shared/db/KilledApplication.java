package se.trygghetsdialog.shared.db;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * Run in a child JVM: starts the embedded server on the data directory given as argument, stores a
 * row, prints READY and waits to be killed.
 */
public final class KilledApplication {

  private KilledApplication() {}

  public static void main(String[] args) throws Exception {
    EmbeddedPostgresServer server = EmbeddedPostgresServer.start(Path.of(args[0]), 0);
    try (Connection connection =
            DriverManager.getConnection(
                server.jdbcUrl(), EmbeddedPostgresServer.USER, server.password());
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE kept (note text)");
      statement.execute("INSERT INTO kept VALUES ('written before the kill')");
    }
    System.out.println("READY");
    System.out.flush();
    Thread.sleep(Long.MAX_VALUE);
  }
}
