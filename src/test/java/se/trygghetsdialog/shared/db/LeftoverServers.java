package se.trygghetsdialog.shared.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Reads the server process of a data directory from its postmaster.pid, for tests. */
final class LeftoverServers {

  private LeftoverServers() {}

  /** The live process named in the data directory's postmaster.pid, if any. */
  static Optional<ProcessHandle> runningOn(Path dataDir) throws IOException {
    Path pidFile = dataDir.resolve("postmaster.pid");
    if (!Files.exists(pidFile)) {
      return Optional.empty();
    }
    List<String> lines = Files.readAllLines(pidFile);
    if (lines.isEmpty() || lines.get(0).isBlank()) {
      return Optional.empty();
    }
    return ProcessHandle.of(Long.parseLong(lines.get(0).trim())).filter(ProcessHandle::isAlive);
  }

  /** Stops a server a failed test may have left behind, so that none outlives the test run. */
  static void stop(Path dataDir) throws Exception {
    Optional<ProcessHandle> server = runningOn(dataDir);
    if (server.isPresent()) {
      server.get().destroy();
      server.get().onExit().get(30, TimeUnit.SECONDS);
    }
  }
}
