package se.trygghetsdialog;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;
import se.trygghetsdialog.opinion.clustering.cli.OpinionCli;
import se.trygghetsdialog.place.bench.cli.PlaceBench;

/**
 * Trygghetsdialog: medborgardialog as part of a municipality's community-safety work.
 *
 * <p>The same jar also carries command-line tools that need neither a server nor a database (for
 * example {@code opinion-map}, {@code opinion-bench} and {@code place-bench}); they are dispatched
 * here before Spring starts so that their standard output stays clean JSON ({@code place-bench}
 * starts its own throw-away database).
 */
@SpringBootApplication
@EnableScheduling
public class TrygghetsdialogApplication {

  public static void main(String[] args) {
    if (args.length > 0 && OpinionCli.handles(args[0])) {
      System.exit(OpinionCli.run(args));
    }
    if (args.length > 0 && PlaceBench.handles(args[0])) {
      System.exit(PlaceBench.run(args));
    }
    SpringApplication.run(TrygghetsdialogApplication.class, args);
  }
}
