package se.trygghetsdialog.survey.results.cli;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.springframework.context.support.ResourceBundleMessageSource;
import se.trygghetsdialog.shared.AgeBand;
import se.trygghetsdialog.shared.Gender;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.Tenant;
import se.trygghetsdialog.shared.web.MessagesConfig;
import se.trygghetsdialog.shared.web.MunicipalityLook;
import se.trygghetsdialog.shared.web.Ui;
import se.trygghetsdialog.survey.QuestionBank;
import se.trygghetsdialog.survey.SurveyResultsJdbcSource;
import se.trygghetsdialog.survey.results.ResultsComputation;
import se.trygghetsdialog.survey.results.RoundResults;
import se.trygghetsdialog.survey.results.SurveyResultsSource;
import se.trygghetsdialog.survey.results.SurveyResultsSource.Kind;
import se.trygghetsdialog.survey.results.SurveyResultsSource.Option;
import se.trygghetsdialog.survey.results.SurveyResultsSource.Question;
import se.trygghetsdialog.survey.results.SurveyResultsSource.Response;
import se.trygghetsdialog.survey.results.Tally;
import se.trygghetsdialog.survey.results.web.ResultsView;

/**
 * {@code survey-results-bench [--responses N] [--areas A] [--runs R] [--warmup W]}: generates N
 * responses (default 50,000) over A areas (default 20) with population figures, the NTU-style item
 * and ten other questions (Likert, single and multiple choice, a number), stores them in a
 * throw-away embedded PostgreSQL migrated with the application's migrations, then times the round's
 * results R times after W warm-up rounds, as the staff results page makes them: the database (the
 * round's questions and its answers counted, which the trend reuses for this round), the model
 * (counts, suppression, weights), the view (every figure formatted) and the page rendered by its
 * precompiled template. Prints one JSON object with the median and maximum in milliseconds;
 * diagnostics go to standard error. Not a test: timings are never asserted.
 */
public final class SurveyResultsBench {

  static final String COMMAND = "survey-results-bench";

  /** The application's Flyway locations (spring.flyway.locations in application.yaml). */
  static final String[] LOCATIONS = {"classpath:db/migration"};

  private SurveyResultsBench() {}

  public static boolean handles(String command) {
    return COMMAND.equals(command);
  }

  /** Runs the command; the libraries' logs are sent to standard error, the JSON to standard out. */
  public static int run(String[] args) {
    PrintStream out = System.out;
    System.setOut(System.err);
    try {
      return run(
          option(args, "--responses", 50_000),
          option(args, "--areas", 20),
          option(args, "--runs", 9),
          option(args, "--warmup", 3),
          out);
    } catch (Exception e) {
      System.err.println(COMMAND + ": " + e);
      return 1;
    } finally {
      System.setOut(out);
    }
  }

  static int run(int count, int areaCount, int runs, int warmup, PrintStream out) throws Exception {
    Random random = new Random(2026);
    List<Question> questions = new ArrayList<>();
    questions.add(ntu());
    for (int i = 1; i <= 6; i++) {
      questions.add(
          new Question(
              UUID.randomUUID(),
              1,
              "problem-" + i,
              "Hur stort problem är problem " + i + " i ditt område?",
              Kind.LIKERT,
              List.of(
                  new Option("1", "Inget problem"),
                  new Option("2", "Litet problem"),
                  new Option("3", "Ganska stort problem"),
                  new Option("4", "Mycket stort problem"),
                  new Option("vet-ej", "Vet inte"))));
    }
    questions.add(
        new Question(
            UUID.randomUUID(),
            1,
            "utsatt",
            "Har du utsatts för brott det senaste året?",
            Kind.SINGLE,
            List.of(new Option("ja", "Ja"), new Option("nej", "Nej"))));
    questions.add(
        new Question(
            UUID.randomUUID(),
            1,
            "platser",
            "Var känner du dig otrygg?",
            Kind.MULTIPLE,
            List.of(
                new Option("centrum", "Centrum"),
                new Option("station", "Stationen"),
                new Option("park", "Parken"),
                new Option("skola", "Skolan"),
                new Option("hem", "Nära hemmet"))));
    questions.add(
        new Question(
            UUID.randomUUID(),
            1,
            "tillit-polis",
            "Hur stort förtroende har du för polisen?",
            Kind.LIKERT,
            List.of(
                new Option("1", "Mycket litet"),
                new Option("2", "Ganska litet"),
                new Option("3", "Ganska stort"),
                new Option("4", "Mycket stort"))));
    questions.add(
        new Question(
            UUID.randomUUID(),
            1,
            "ar-boende",
            "Hur många år har du bott här?",
            Kind.NUMBER,
            List.of()));
    String[] areas = new String[areaCount];
    Map<String, Map<AgeBand, Map<Gender, Long>>> population = new HashMap<>();
    for (int a = 0; a < areaCount; a++) {
      areas[a] = String.format("1484R%03d", a);
      Map<AgeBand, Map<Gender, Long>> bands = new EnumMap<>(AgeBand.class);
      for (AgeBand band : AgeBand.values()) {
        Map<Gender, Long> sexes = new EnumMap<>(Gender.class);
        sexes.put(Gender.WOMAN, 50L + random.nextInt(800));
        sexes.put(Gender.MAN, 50L + random.nextInt(800));
        bands.put(band, sexes);
      }
      population.put(areas[a], bands);
    }
    List<Response> responses = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      // Skewed over areas (a few small ones), ages 18+ mostly, some background not given.
      int area = (int) Math.min(areaCount - 1, Math.abs(random.nextGaussian()) * areaCount / 2.5);
      Map<UUID, List<String>> answers = new HashMap<>();
      for (Question q : questions) {
        if (random.nextInt(20) == 0) {
          continue;
        }
        switch (q.kind()) {
          case NUMBER -> answers.put(q.id(), List.of(Integer.toString(random.nextInt(70))));
          case MULTIPLE -> {
            List<String> chosen = new ArrayList<>();
            for (Option o : q.options()) {
              if (random.nextInt(4) == 0) {
                chosen.add(o.value());
              }
            }
            if (!chosen.isEmpty()) {
              answers.put(q.id(), chosen);
            }
          }
          default -> {
            int pick =
                Math.min(q.options().size() - 1, (int) Math.abs(random.nextGaussian() * 1.6));
            answers.put(q.id(), List.of(q.options().get(pick).value()));
          }
        }
      }
      responses.add(
          new Response(
              random.nextInt(25) == 0 ? null : areas[area],
              random.nextInt(30) == 0 ? null : AgeBand.values()[1 + random.nextInt(4)],
              random.nextInt(30) == 0
                  ? null
                  : Gender.values()[random.nextInt(40) == 0 ? 2 : random.nextInt(2)],
              random.nextInt(6) == 0 ? "paper" : "web",
              answers));
    }
    ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    messages.setBasenames(MessagesConfig.bundleBaseNames());
    messages.setDefaultEncoding("UTF-8");
    messages.setFallbackToSystemLocale(false);
    messages.setAlwaysUseMessageFormat(false);
    Locale swedish = Locale.forLanguageTag("sv");
    Tenant tenant = new Tenant(new MunicipalityId(UUID.randomUUID()), "1484", "Benchkommun");
    Ui ui =
        new Ui(
            messages,
            swedish,
            "bench",
            null,
            tenant,
            null,
            "/personal",
            null,
            MunicipalityLook.PLAIN);
    TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);
    try (EmbeddedPostgres postgres =
        EmbeddedPostgres.builder().setServerConfig("listen_addresses", "127.0.0.1").start()) {
      // A pool, as the application has: the embedded server's own data source opens a new
      // connection for every statement.
      HikariConfig pool = new HikariConfig();
      pool.setDataSource(postgres.getPostgresDatabase());
      pool.setMaximumPoolSize(4);
      try (HikariDataSource dataSource = new HikariDataSource(pool)) {
        Flyway.configure().dataSource(dataSource).locations(LOCATIONS).load().migrate();
        MunicipalityId municipality = tenant.id();
        UUID roundId = BenchSurvey.store(dataSource, municipality, questions, responses);
        System.err.println(COMMAND + ": " + count + " responses stored");
        SurveyResultsSource source = SurveyResultsJdbcSource.over(dataSource);
        double[] database = new double[runs];
        double[] questionsPart = new double[runs];
        double[] model = new double[runs];
        double[] view = new double[runs];
        double[] html = new double[runs];
        double[] total = new double[runs];
        int size = 0;
        long counted = 0;
        for (int i = -warmup; i < runs; i++) {
          long t0 = System.nanoTime();
          SurveyResultsSource.Round round = source.round(municipality, roundId).orElseThrow();
          long tq = System.nanoTime();
          Tally tally = source.tally(municipality, roundId, round.questions());
          long t1 = System.nanoTime();
          RoundResults results =
              ResultsComputation.compute(
                  round, tally, 5, population, 2025, code -> "Område " + code);
          long t2 = System.nanoTime();
          ResultsView shown = ResultsView.of(results, ui, false);
          long t3 = System.nanoTime();
          StringOutput page = new StringOutput();
          templates.render(
              "survey/results/staff.jte",
              Map.of("ui", ui, "view", shown, "csvUrl", "/x.csv"),
              page);
          long t4 = System.nanoTime();
          if (i >= 0) {
            database[i] = (t1 - t0) / 1e6;
            questionsPart[i] = (tq - t0) / 1e6;
            model[i] = (t2 - t1) / 1e6;
            view[i] = (t3 - t2) / 1e6;
            html[i] = (t4 - t3) / 1e6;
            total[i] = (t4 - t0) / 1e6;
            size = page.toString().length();
            counted = results.responses();
          }
        }
        out.printf(
            Locale.ROOT,
            "{\"responses\":%d,\"counted\":%d,\"areas\":%d,\"questions\":%d,\"runs\":%d,"
                + "\"htmlChars\":%d,\"processors\":%d,"
                + "\"databaseMs\":{\"median\":%.1f,\"max\":%.1f,\"questionsMedian\":%.1f},"
                + "\"modelMs\":{\"median\":%.1f,\"max\":%.1f},"
                + "\"viewMs\":{\"median\":%.1f,\"max\":%.1f},"
                + "\"renderMs\":{\"median\":%.1f,\"max\":%.1f},"
                + "\"totalMs\":{\"median\":%.1f,\"max\":%.1f}}%n",
            count,
            counted,
            areaCount,
            questions.size(),
            runs,
            size,
            Runtime.getRuntime().availableProcessors(),
            median(database),
            max(database),
            median(questionsPart),
            median(model),
            max(model),
            median(view),
            max(view),
            median(html),
            max(html),
            median(total),
            max(total));
        return 0;
      }
    }
  }

  private static Question ntu() {
    // The question bank's wording and options (PRODUCT.md section 4).
    return new Question(
        UUID.randomUUID(),
        1,
        QuestionBank.NTU.code(),
        QuestionBank.NTU.text(),
        Kind.SINGLE,
        QuestionBank.NTU.options().stream().map(o -> new Option(o.value(), o.label())).toList());
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n == 0 ? 0 : n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  private static double max(double[] values) {
    return Arrays.stream(values).max().orElse(0);
  }

  private static int option(String[] args, String name, int fallback) {
    for (int i = 1; i + 1 < args.length; i++) {
      if (name.equals(args[i])) {
        try {
          return Integer.parseInt(args[i + 1]);
        } catch (NumberFormatException e) {
          return fallback;
        }
      }
    }
    return fallback;
  }
}
