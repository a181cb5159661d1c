package se.trygghetsdialog;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;
import se.trygghetsdialog.opinion.clustering.cli.OpinionCli;

/**
 * Trygghetsdialog: medborgardialog as part of a municipality's community-safety work.
 *
 * <p>The same jar also carries command-line tools that need neither a server nor a database (for
 * example {@code opinion-map} and {@code opinion-bench}); they are dispatched here before Spring
 * starts so that their standard output stays clean JSON.
 */
@SpringBootApplication
@EnableScheduling
public class TrygghetsdialogApplication {

  public static void main(String[] args) {
    if (args.length > 0 && OpinionCli.handles(args[0])) {
      System.exit(OpinionCli.run(args));
    }
    SpringApplication.run(TrygghetsdialogApplication.class, args);
  }
}
