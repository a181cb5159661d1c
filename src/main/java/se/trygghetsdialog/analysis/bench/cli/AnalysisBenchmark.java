package se.trygghetsdialog.analysis.bench.cli;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.trygghetsdialog.analysis.FrozenReport;
import se.trygghetsdialog.analysis.Report;
import se.trygghetsdialog.analysis.ReportDrafts;
import se.trygghetsdialog.analysis.ReportKind;
import se.trygghetsdialog.analysis.ReportPdf;
import se.trygghetsdialog.analysis.web.ReportViews;
import se.trygghetsdialog.dialogue.Dialogue;
import se.trygghetsdialog.dialogue.Dialogues;
import se.trygghetsdialog.shared.Tenant;
import se.trygghetsdialog.shared.web.MunicipalityLooks;
import se.trygghetsdialog.shared.web.Ui;
import se.trygghetsdialog.tenancy.Municipalities;
import tools.jackson.databind.json.JsonMapper;

/**
 * Seeds the demo dialogue with inputs in bulk (plain SQL, like the place benchmark) and times the
 * decision basis: {@link ReportDrafts#build} (every count aggregated by the database or read from
 * stored results), the public HTML page and the tagged PDF.
 */
@Component
@Profile("analysis-bench")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AnalysisBenchmark {

  static final String DIALOGUE = "Trygghet i Lysekils kommun";

  private final JdbcClient jdbc;
  private final Municipalities municipalities;
  private final Dialogues dialogues;
  private final ReportDrafts drafts;
  private final ReportPdf pdf;
  private final TemplateEngine templates;
  private final MessageSource messages;
  private final MunicipalityLooks looks;

  int run(int reports, int perspectives, int runs, int warmup, PrintStream out) {
    Tenant tenant = municipalities.defaultMunicipality().orElseThrow();
    Dialogue dialogue = dialogues.titled(tenant.id(), DIALOGUE).orElseThrow();
    long seedStart = System.nanoTime();
    seed(tenant, dialogue, reports, perspectives);
    double seedSeconds = (System.nanoTime() - seedStart) / 1e9;
    Locale swedish = Locale.forLanguageTag("sv");
    Ui ui =
        new Ui(
            messages,
            swedish,
            "bench",
            null,
            tenant,
            null,
            "/dialoger",
            null,
            looks.of(tenant.id()));

    double[] total = new double[runs];
    double[] data = new double[runs];
    double[] html = new double[runs];
    double[] document = new double[runs];
    int pages = 0;
    for (int i = -warmup; i < runs; i++) {
      long t0 = System.nanoTime();
      Report report = drafts.build(tenant.id(), dialogue, ReportKind.DECISION_BASIS, swedish);
      long t1 = System.nanoTime();
      StringOutput page = new StringOutput();
      templates.render(
          "analysis/version.jte",
          Map.of(
              "ui",
              ui,
              "page",
              new ReportViews.VersionPage(
                  dialogue,
                  new FrozenReport(
                      UUID.randomUUID(),
                      ReportKind.DECISION_BASIS,
                      1,
                      OffsetDateTime.now(),
                      report),
                  "/x.pdf",
                  "/x")),
          page);
      long t2 = System.nanoTime();
      byte[] bytes = pdf.render(report, 1);
      long t3 = System.nanoTime();
      if (i >= 0) {
        data[i] = (t1 - t0) / 1e6;
        html[i] = (t2 - t1) / 1e6;
        document[i] = (t3 - t2) / 1e6;
        total[i] = (t3 - t0) / 1e6;
        pages = bytes.length;
      }
    }

    Map<String, Object> result = new LinkedHashMap<>();
    result.put("command", AnalysisBench.COMMAND);
    result.put("placeReports", reports);
    result.put("perspectives", perspectives);
    result.put("contacts", perspectives / 10);
    result.put("inputs", reports + perspectives);
    result.put("runs", runs);
    result.put("warmup", warmup);
    result.put("seedSeconds", decimals(seedSeconds));
    result.put("totalMs", timing(total));
    result.put("dataMs", timing(data));
    result.put("htmlMs", timing(html));
    result.put("pdfMs", timing(document));
    result.put("pdfBytes", pages);
    result.put("cores", Runtime.getRuntime().availableProcessors());
    result.put("loadAverage", loadAverage());
    out.println(JsonMapper.builder().build().writeValueAsString(result));
    return 0;
  }

  private void seed(Tenant tenant, Dialogue dialogue, int reports, int perspectives) {
    UUID m = tenant.id().value();
    UUID d = dialogue.id().value();
    UUID staff =
        jdbc.sql("SELECT account_id FROM staff_account WHERE municipality_id = :m LIMIT 1")
            .param("m", m)
            .query(UUID.class)
            .single();
    UUID campaign = UUID.randomUUID();
    jdbc.sql(
            """
            INSERT INTO place_campaign (campaign_id, municipality_id, topic, starts_on, ends_on,
                                        dialogue_id)
            VALUES (:c, :m, 'Benchmark', current_date - 90, current_date, :d)
            """)
        .param("c", campaign)
        .param("m", m)
        .param("d", d)
        .update();
    jdbc.sql(
            """
            WITH categories AS (
              SELECT array_agg(category_id ORDER BY code) AS ids FROM place_category
              WHERE municipality_id = :m AND active AND parent_id IS NOT NULL)
            INSERT INTO place_report (report_id, municipality_id, category_id, latitude, longitude,
                time_of_day, description, public_text, flagged, status, age_band, gender,
                receipt_token, private_token_hash, campaign_id)
            SELECT gen_random_uuid(), :m, ids[1 + i % array_length(ids, 1)],
                58.25 + random() * 0.1, 11.38 + random() * 0.1,
                (ARRAY['DAY', 'EVENING', 'NIGHT'])[1 + i % 3], 'Benchmark ' || i,
                CASE WHEN i % 4 = 0 THEN NULL ELSE 'Offentlig text ' || i END, false,
                CASE WHEN i % 4 = 0 THEN 'PENDING' WHEN i % 17 = 0 THEN 'REJECTED'
                     ELSE 'PUBLISHED' END,
                (ARRAY['UNDER_18', 'FROM_18_TO_29', 'FROM_30_TO_49', 'FROM_50_TO_64',
                       'FROM_65'])[1 + i % 5],
                (ARRAY['WOMAN', 'MAN'])[1 + i % 2],
                gen_random_uuid(), md5('bench' || i || random()), :c
            FROM categories, generate_series(1, :n) AS i
            """)
        .param("m", m)
        .param("c", campaign)
        .param("n", reports)
        .update();
    jdbc.sql(
            """
            INSERT INTO perspective_theme (theme_id, municipality_id, dialogue_id, name)
            SELECT gen_random_uuid(), :m, :d, 'Benchmarktema ' || i FROM generate_series(1, 8) i
            """)
        .param("m", m)
        .param("d", d)
        .update();
    jdbc.sql(
            """
            WITH contacts AS (
              INSERT INTO perspective_contact (contact_id, municipality_id, dialogue_id, channel,
                  contact_date, people, age_under_18, age_from_18_to_29, age_from_30_to_49,
                  age_from_50_to_64, age_from_65, gender_woman, gender_man, logged_by,
                  creation_token)
              SELECT gen_random_uuid(), :m, :d,
                  (ARRAY['INTERVIEW', 'EMAIL', 'PHONE', 'CONTACT_CENTRE', 'STREET_OUTREACH',
                         'SCHOOL_VISIT', 'ASSOCIATION_VISIT', 'MEETING', 'OTHER'])[1 + i % 9],
                  current_date - (i % 60), 5, 1, 1, 1, 1, 1, 2, 3, :staff, gen_random_uuid()
              FROM generate_series(1, :contacts) AS i
              RETURNING contact_id)
            INSERT INTO perspective (perspective_id, municipality_id, dialogue_id, contact_id, kind,
                text, masked_text, flagged, minority, dissent, recorded_by, creation_token)
            SELECT gen_random_uuid(), :m, :d, contact_id,
                (ARRAY['STANCE', 'FEELING', 'IDEA'])[1 + g % 3],
                'Benchmarkperspektiv ' || g, 'Benchmarkperspektiv ' || g, g = 7, g = 3, g = 5,
                :staff, gen_random_uuid()
            FROM contacts, generate_series(1, 10) AS g
            """)
        .param("m", m)
        .param("d", d)
        .param("staff", staff)
        .param("contacts", perspectives / 10)
        .update();
    jdbc.sql(
            """
            WITH themes AS (
              SELECT array_agg(theme_id) AS ids FROM perspective_theme
              WHERE municipality_id = :m AND dialogue_id = :d AND name LIKE 'Benchmarktema %')
            INSERT INTO perspective_tag (perspective_id, theme_id, municipality_id)
            SELECT p.perspective_id, ids[1 + abs(hashtext(p.perspective_id::text)) % 8], :m
            FROM perspective p, themes
            WHERE p.municipality_id = :m AND p.dialogue_id = :d
              AND p.text LIKE 'Benchmarkperspektiv %'
            """)
        .param("m", m)
        .param("d", d)
        .update();
    jdbc.sql("ANALYZE").update();
  }

  private static Map<String, Object> timing(double[] millis) {
    double[] sorted = millis.clone();
    Arrays.sort(sorted);
    Map<String, Object> timing = new LinkedHashMap<>();
    timing.put("medianMs", decimals(sorted[sorted.length / 2]));
    timing.put("maxMs", decimals(sorted[sorted.length - 1]));
    return timing;
  }

  private static BigDecimal decimals(double value) {
    return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
  }

  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).strip();
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }
}
