package se.trygghetsdialog.shared.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The commands {@code backup FILE} and {@code restore FILE} of the jar: a logical backup of the
 * whole database with PostgreSQL's {@code pg_dump} (custom format, compressed) and its restore with
 * {@code pg_restore} into an empty database. The database is the one the application would use: the
 * server named by {@code SPRING_DATASOURCE_URL} (with {@code SPRING_DATASOURCE_USERNAME} and {@code
 * SPRING_DATASOURCE_PASSWORD}), else the embedded one on {@code APP_DATA_DIR} (default {@code
 * ./data/pg}): the running application's server when it runs, else one started for the command. The
 * embedded PostgreSQL brings no {@code pg_dump}: the programs of the Debian package {@code
 * postgresql-client} (version 15 or later) are used, found on the PATH or under {@code
 * /usr/lib/postgresql}. A restore refuses a database that already has tables.
 */
public final class DatabaseBackup {

  private DatabaseBackup() {}

  /** Where a database is and how to sign in to it. */
  record Target(String host, int port, String database, String user, @Nullable String password) {

    String jdbcUrl() {
      return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    Connection connect() throws SQLException {
      Properties properties = new Properties();
      properties.setProperty("user", user);
      if (password != null) {
        properties.setProperty("password", password);
      }
      return DriverManager.getConnection(jdbcUrl(), properties);
    }
  }

  public static boolean handles(String command) {
    return "backup".equals(command) || "restore".equals(command);
  }

  /**
   * Runs {@code backup FILE} or {@code restore FILE} with the environment's settings, reporting to
   * {@code out} and {@code err}; the exit code of the command (started by {@code
   * shared.db.cli.BackupCli}).
   */
  public static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
    if (args.length != 2 || !handles(args[0])) {
      err.println("Usage: java -jar trygghetsdialog.jar backup FILE | restore FILE");
      return 2;
    }
    Path file = Path.of(args[1]).toAbsolutePath();
    try {
      if ("restore".equals(args[0]) && !Files.isRegularFile(file)) {
        err.println("No backup file " + file);
        return 2;
      }
      withDatabase(
          env,
          target -> {
            if ("backup".equals(args[0])) {
              dump(target, file, null);
              out.println("Backup of " + target.jdbcUrl() + " written to " + file);
            } else {
              restore(target, file);
              out.println("Backup " + file + " restored into " + target.jdbcUrl());
            }
          });
      return 0;
    } catch (IOException | SQLException e) {
      err.println(args[0] + " failed: " + e.getMessage());
      return 1;
    }
  }

  interface DatabaseWork {
    void on(Target target) throws IOException, SQLException;
  }

  /** Work on a connection to the application's database (for other commands of the jar). */
  public interface ConnectionWork {
    void on(Connection connection) throws IOException, SQLException;
  }

  /**
   * Runs the work on a connection to the application's database, found as for {@code backup}
   * (starting the embedded server when it does not run).
   */
  public static void withConnection(Map<String, String> env, ConnectionWork work)
      throws IOException, SQLException {
    withDatabase(
        env,
        target -> {
          try (Connection connection = target.connect()) {
            work.on(connection);
          }
        });
  }

  /** Runs the work on the application's database, starting the embedded server when needed. */
  static void withDatabase(Map<String, String> env, DatabaseWork work)
      throws IOException, SQLException {
    String url = env.getOrDefault("SPRING_DATASOURCE_URL", "");
    if (!url.isBlank()) {
      work.on(
          target(
              url,
              env.getOrDefault("SPRING_DATASOURCE_USERNAME", "postgres"),
              env.get("SPRING_DATASOURCE_PASSWORD")));
      return;
    }
    Path dir = Path.of(env.getOrDefault("APP_DATA_DIR", "./data/pg")).toAbsolutePath().normalize();
    Optional<Integer> running = runningPort(dir);
    if (running.isPresent()) {
      work.on(embedded(running.get(), password(dir)));
      return;
    }
    try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dir, 0)) {
      work.on(embedded(server.port(), server.password()));
    }
  }

  /** The database of a JDBC URL such as {@code jdbc:postgresql://host:5432/name?options}. */
  static Target target(String jdbcUrl, String user, @Nullable String password) {
    URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
    return new Target(
        uri.getHost(),
        uri.getPort() < 0 ? 5432 : uri.getPort(),
        uri.getPath().substring(1),
        user,
        password);
  }

  private static Target embedded(int port, @Nullable String password) {
    return new Target("127.0.0.1", port, "postgres", EmbeddedPostgresServer.USER, password);
  }

  private static @Nullable String password(Path dir) throws IOException {
    Path file = dir.resolve(EmbeddedPostgresServer.PASSWORD_FILE);
    return Files.exists(file) ? Files.readString(file).trim() : null;
  }

  /** The port of a server running on the data directory (line 4 of its postmaster.pid). */
  private static Optional<Integer> runningPort(Path dir) throws IOException {
    Path pidFile = dir.resolve("postmaster.pid");
    if (!Files.exists(pidFile)) {
      return Optional.empty();
    }
    List<String> lines = Files.readAllLines(pidFile);
    try {
      long pid = Long.parseLong(lines.get(0).trim());
      if (ProcessHandle.of(pid).filter(ProcessHandle::isAlive).isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(Integer.parseInt(lines.get(3).trim()));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * Writes the whole database to the file ({@code pg_dump}, custom format); with {@code snapshot},
   * as that exported snapshot shows it.
   */
  static void dump(Target target, Path file, @Nullable String snapshot) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(program("pg_dump").toString());
    command.addAll(
        List.of(
            "--format=custom",
            "--no-owner",
            "--no-privileges",
            "--file=" + file,
            "--host=" + target.host(),
            "--port=" + target.port(),
            "--username=" + target.user()));
    if (snapshot != null) {
      command.add("--snapshot=" + snapshot);
    }
    command.add(target.database());
    Path partial = file.resolveSibling(file.getFileName() + ".partial");
    command.set(command.indexOf("--file=" + file), "--file=" + partial);
    execute(command, target);
    Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  /** Restores a backup into the target database, which must have no tables. */
  static void restore(Target target, Path file) throws IOException, SQLException {
    List<String> tables = tables(target);
    if (!tables.isEmpty()) {
      throw new IOException(
          "the database "
              + target.jdbcUrl()
              + " is not empty ("
              + tables.size()
              + " tables); restore into an empty one (for the embedded database: stop the"
              + " application and move APP_DATA_DIR away first)");
    }
    execute(
        List.of(
            program("pg_restore").toString(),
            "--no-owner",
            "--no-privileges",
            "--exit-on-error",
            "--single-transaction",
            "--host=" + target.host(),
            "--port=" + target.port(),
            "--username=" + target.user(),
            "--dbname=" + target.database(),
            file.toString()),
        target);
  }

  /** The tables of the database outside PostgreSQL's own schemas, as schema.table. */
  static List<String> tables(Target target) throws SQLException {
    try (Connection connection = target.connect();
        ResultSet rows =
            connection
                .createStatement()
                .executeQuery(
                    "SELECT table_schema || '.' || table_name FROM information_schema.tables"
                        + " WHERE table_type = 'BASE TABLE' AND table_schema NOT IN"
                        + " ('pg_catalog', 'information_schema') ORDER BY 1")) {
      List<String> tables = new ArrayList<>();
      while (rows.next()) {
        tables.add(rows.getString(1));
      }
      return tables;
    }
  }

  private static void execute(List<String> command, Target target) throws IOException {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    if (target.password() != null) {
      builder.environment().put("PGPASSWORD", target.password());
    }
    Process process = builder.start();
    process.getOutputStream().close();
    String output;
    try (InputStream stdout = process.getInputStream()) {
      output = new String(stdout.readAllBytes(), StandardCharsets.UTF_8);
    }
    try {
      if (!process.waitFor(1, TimeUnit.HOURS) || process.exitValue() != 0) {
        process.destroyForcibly();
        throw new IOException(Path.of(command.get(0)).getFileName() + " failed: " + output.strip());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }

  /** A PostgreSQL client program: on the PATH, else the newest under /usr/lib/postgresql. */
  static Path program(String name) throws IOException {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      Path candidate = Path.of(dir.isEmpty() ? "." : dir, name);
      if (Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    Path debian = Path.of("/usr/lib/postgresql");
    if (Files.isDirectory(debian)) {
      try (Stream<Path> versions = Files.list(debian)) {
        Optional<Path> newest =
            versions
                .map(version -> version.resolve("bin").resolve(name))
                .filter(Files::isExecutable)
                .max(Comparator.comparingInt(DatabaseBackup::majorVersion));
        if (newest.isPresent()) {
          return newest.get();
        }
      }
    }
    throw new IOException(
        name
            + " not found: install PostgreSQL's client programs, version 15 or later"
            + " (Debian: apt-get install postgresql-client)");
  }

  private static int majorVersion(Path program) {
    try {
      return Integer.parseInt(program.getParent().getParent().getFileName().toString());
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
