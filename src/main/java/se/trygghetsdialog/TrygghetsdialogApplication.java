package se.trygghetsdialog;

import java.util.TimeZone;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;
import se.trygghetsdialog.analysis.bench.cli.AnalysisBench;
import se.trygghetsdialog.moderation.cli.ScreenCli;
import se.trygghetsdialog.opinion.bench.cli.OpinionAppBench;
import se.trygghetsdialog.opinion.clustering.cli.OpinionCli;
import se.trygghetsdialog.place.bench.cli.PlaceBench;
import se.trygghetsdialog.place.bench.cli.PlaceIngestBench;
import se.trygghetsdialog.records.cli.AuditVerify;
import se.trygghetsdialog.shared.db.cli.BackupCli;
import se.trygghetsdialog.survey.results.cli.SurveyResultsBench;

/**
 * Trygghetsdialog: medborgardialog as part of a municipality's community-safety work.
 *
 * <p>The same jar also carries command-line tools (for example {@code opinion-map}, {@code
 * opinion-bench}, {@code place-bench}, {@code place-ingest-bench}, {@code analysis-bench}, {@code
 * survey-results-bench}, the database's {@code backup FILE} and {@code restore FILE}, {@code screen
 * FILE.csv} and {@code audit-verify}); they are dispatched here before Spring starts so that their
 * standard output stays clean ({@code place-bench} starts its own throw-away database; {@code
 * analysis-bench} starts the whole application on a throw-away database).
 *
 * <p>Every municipality is Swedish: the day a report, a decision or a lägesbild period belongs to
 * is the day in Sweden, so the application runs in Europe/Stockholm whatever the server's zone (the
 * tests likewise, through surefire's {@code user.timezone}). On a server in UTC, a report made at
 * 23:30 UTC belongs to the next day, as it does for the resident who made it.
 */
@SpringBootApplication
@EnableScheduling
public class TrygghetsdialogApplication {

  /** The zone of the municipalities' days. */
  public static final String TIME_ZONE = "Europe/Stockholm";

  public static void main(String[] args) {
    TimeZone.setDefault(TimeZone.getTimeZone(TIME_ZONE));
    if (args.length > 0 && OpinionCli.handles(args[0])) {
      System.exit(OpinionCli.run(args));
    }
    if (args.length > 0 && OpinionAppBench.handles(args[0])) {
      System.exit(
          OpinionAppBench.run(
              args, settings -> SpringApplication.run(TrygghetsdialogApplication.class, settings)));
    }
    if (args.length > 0 && PlaceIngestBench.handles(args[0])) {
      System.exit(
          PlaceIngestBench.run(
              args, settings -> SpringApplication.run(TrygghetsdialogApplication.class, settings)));
    }
    if (args.length > 0 && PlaceBench.handles(args[0])) {
      System.exit(PlaceBench.run(args));
    }
    if (args.length > 0 && BackupCli.handles(args[0])) {
      System.exit(BackupCli.run(args));
    }
    if (args.length > 0 && AuditVerify.handles(args[0])) {
      System.exit(AuditVerify.run(args));
    }
    if (args.length > 0 && ScreenCli.handles(args[0])) {
      System.exit(ScreenCli.run(args));
    }
    if (args.length > 0 && SurveyResultsBench.handles(args[0])) {
      System.exit(SurveyResultsBench.run(args));
    }
    if (args.length > 0 && AnalysisBench.handles(args[0])) {
      System.exit(AnalysisBench.run(TrygghetsdialogApplication.class, args));
    }
    SpringApplication.run(TrygghetsdialogApplication.class, args);
  }
}
