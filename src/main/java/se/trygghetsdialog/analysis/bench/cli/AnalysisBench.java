package se.trygghetsdialog.analysis.bench.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * {@code analysis-bench [--reports N] [--perspectives P] [--runs R] [--warmup W]}: starts the
 * application with the Lysekil demo data on a throw-away embedded PostgreSQL (a temporary data
 * directory, a random port), adds to the demo dialogue N place reports (default 70,000) in a
 * campaign linked to it and P perspectives (default 30,000, ten per logged contact, tagged with
 * themes), then builds its decision basis R times after W warm-up rounds: the data through the
 * modules' query APIs, the HTML page and the tagged PDF. Prints one JSON object with the median and
 * maximum in milliseconds; the application's logs go to standard error. Timings are never asserted.
 */
public final class AnalysisBench {

  static final String COMMAND = "analysis-bench";

  private AnalysisBench() {}

  public static boolean handles(String command) {
    return COMMAND.equals(command);
  }

  /** Runs the command with {@code application} as the Spring Boot application. */
  public static int run(Class<?> application, String[] args) {
    PrintStream out = System.out;
    System.setOut(System.err);
    Path data;
    try {
      data = Files.createTempDirectory("analysis-bench");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    System.setProperty("app.db.embedded.data-dir", data.resolve("pg").toString());
    System.setProperty("server.port", "0");
    System.setProperty("spring.profiles.active", "analysis-bench");
    SpringApplication app = new SpringApplication(application);
    try (ConfigurableApplicationContext context =
        app.run(Arrays.copyOfRange(args, 1, args.length))) {
      return context
          .getBean(AnalysisBenchmark.class)
          .run(
              option(args, "--reports", 70_000),
              option(args, "--perspectives", 30_000),
              option(args, "--runs", 7),
              option(args, "--warmup", 2),
              out);
    } finally {
      System.setOut(out);
      FileSystemUtils.deleteRecursively(data.toFile());
    }
  }

  static int option(String[] args, String name, int fallback) {
    for (int i = 1; i + 1 < args.length; i++) {
      if (args[i].equals(name)) {
        return Integer.parseInt(args[i + 1]);
      }
    }
    return fallback;
  }
}
