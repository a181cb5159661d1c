package se.trygghetsdialog.shared.db;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A main class of the test class path run in a JVM of its own, its output kept in a file. */
final class ChildJvm {

  private final Process process;
  private final Path output;

  private ChildJvm(Process process, Path output) {
    this.process = process;
    this.output = output;
  }

  static ChildJvm start(Class<?> mainClass, Path output, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(mainClass.getName());
    command.addAll(List.of(args));
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
    // The child always runs the embedded server; CI points the tests at Debian's PostgreSQL with
    // SPRING_DATASOURCE_URL, which would switch the embedded configuration off.
    builder.environment().keySet().removeIf(name -> name.startsWith("SPRING_DATASOURCE_"));
    Process process = builder.start();
    return new ChildJvm(process, output);
  }

  /** Waits until the child printed a line with the given text (or fails when it died). */
  void awaitOutput(String text) {
    await()
        .atMost(Duration.ofSeconds(90))
        .pollInterval(Duration.ofMillis(100))
        .until(
            () -> {
              if (output().contains(text)) {
                return true;
              }
              if (!process.isAlive()) {
                throw new AssertionError("the child JVM ended early:\n" + output());
              }
              return false;
            });
  }

  String output() {
    try {
      return Files.readString(output);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Process process() {
    return process;
  }
}
