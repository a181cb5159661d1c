package se.trygghetsdialog.survey.results.web;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import se.trygghetsdialog.shared.AgeBand;
import se.trygghetsdialog.shared.web.Ui;
import se.trygghetsdialog.survey.results.Proportion;
import se.trygghetsdialog.survey.results.RoundResults;
import se.trygghetsdialog.survey.results.RoundResults.Count;
import se.trygghetsdialog.survey.results.RoundResults.Label;
import se.trygghetsdialog.survey.results.RoundResults.Row;
import se.trygghetsdialog.survey.results.SurveyResultsSource.Kind;

/**
 * A round's results as shown and exported: every figure formatted in the page language, a
 * suppressed count as {@code < n}. Each chart is a column of bars inside its table (hidden from
 * assistive technology), so no chart exists without its table.
 */
public record ResultsView(
    String title,
    boolean empty,
    long responses,
    int threshold,
    @Nullable Headline headline,
    List<QuestionView> questions,
    List<String> weightingNotes,
    boolean weighted,
    List<TrendView> trends) {

  /** The NTU-style indicator in all. */
  public record Headline(
      String question,
      boolean swedishOnly,
      String share,
      String interval,
      String n,
      @Nullable String weighted) {}

  /** One table: caption, header, rows of shown cells, and per row a bar width in per cent. */
  public record TableView(
      String id, String caption, List<String> header, List<List<String>> rows, List<Integer> bars) {

    public boolean charted() {
      return !bars.isEmpty();
    }
  }

  /**
   * One question: its text and tables, the breakdowns folded away on the page; {@code swedishOnly}
   * when its text and labels are Swedish on a page in another language.
   */
  public record QuestionView(
      String text, boolean swedishOnly, TableView overall, List<TableView> breakdowns) {}

  /** The indicator of one question version across rounds. */
  public record TrendView(String caption, TableView table) {}

  public static ResultsView of(RoundResults results, Ui ui, boolean publicPage) {
    Formats f = new Formats(ui, results.threshold());
    Headline headline = null;
    if (results.indicator().isPresent()) {
      var indicator = results.indicator().get();
      var ntu = results.questions().stream().filter(RoundResults.QuestionResults::ntu).findFirst();
      Proportion p = indicator.unweighted();
      headline =
          new Headline(
              ntu.map(q -> q.question().text()).orElse(""),
              ntu.map(q -> q.question().swedishOnly()).orElse(false),
              p == null ? ui.t("surveyresults.tooFew", results.threshold()) : f.percent(p.share()),
              p == null ? "" : f.interval(p),
              p == null ? "" : f.count(Math.round(p.n())),
              indicator.weighted() == null
                  ? null
                  : f.percent(indicator.weighted().share())
                      + " ("
                      + f.interval(indicator.weighted())
                      + ")");
    }
    List<QuestionView> questions = new ArrayList<>();
    for (var q : results.questions()) {
      questions.add(question(q, f, ui, results.weighting().applied()));
    }
    List<String> notes = new ArrayList<>();
    var weighting = results.weighting();
    if (weighting.applied()) {
      notes.add(
          ui.t(
              "surveyresults.weighting.applied",
              weighting.populationYear(),
              f.count(weighting.weighted()),
              f.count(weighting.unweighted())));
    }
    if (!publicPage) {
      for (var note : weighting.notes()) {
        notes.add(
            ui.t(
                note.key(),
                note.args().stream()
                    .map(a -> a instanceof AgeBand band ? ui.e("surveyresults.age", band) : a)
                    .toArray()));
      }
    }
    List<TrendView> trends = new ArrayList<>();
    for (var series : results.trends()) {
      List<List<String>> rows = new ArrayList<>();
      for (var point : series.points()) {
        Proportion p = point.value();
        rows.add(
            List.of(
                point.title(),
                ui.date(point.closes()),
                p == null
                    ? ui.t("surveyresults.tooFew", results.threshold())
                    : f.percent(p.share()),
                p == null ? "" : f.interval(p),
                p == null ? "" : f.count(Math.round(p.n()))));
      }
      String caption = ui.t("surveyresults.trend.caption", series.version());
      trends.add(
          new TrendView(
              caption,
              new TableView(
                  "trend-" + series.version(),
                  caption,
                  List.of(
                      ui.t("surveyresults.trend.round"),
                      ui.t("surveyresults.trend.closes"),
                      ui.t("surveyresults.col.indicator"),
                      ui.t("surveyresults.col.interval"),
                      ui.t("surveyresults.col.n")),
                  rows,
                  List.of())));
    }
    return new ResultsView(
        results.round().title(),
        results.empty(),
        results.responses(),
        results.threshold(),
        headline,
        questions,
        notes,
        weighting.applied(),
        trends);
  }

  private static QuestionView question(
      RoundResults.QuestionResults q, Formats f, Ui ui, boolean weighted) {
    String id = q.question().id().toString();
    TableView overall;
    List<TableView> breakdowns = new ArrayList<>();
    Row total = q.distribution().total();
    if (q.question().kind() == Kind.NUMBER) {
      overall =
          new TableView(
              id + "-total",
              ui.t("surveyresults.table.total", q.question().text()),
              List.of(
                  ui.t("surveyresults.col.group"),
                  ui.t("surveyresults.col.answers"),
                  ui.t("surveyresults.col.mean")),
              List.of(
                  List.of(f.label(total.label()), f.count(total.total()), f.mean(total.mean()))),
              List.of());
    } else {
      List<List<String>> rows = new ArrayList<>();
      List<Integer> bars = new ArrayList<>();
      List<String> header = new ArrayList<>();
      header.add(ui.t("surveyresults.col.option"));
      header.add(ui.t("surveyresults.col.count"));
      header.add(ui.t("surveyresults.col.share"));
      boolean showWeighted = weighted && !total.weightedShares().isEmpty();
      if (showWeighted) {
        header.add(ui.t("surveyresults.col.weightedShare"));
      }
      for (int i = 0; i < total.cells().size(); i++) {
        Count c = total.cells().get(i);
        List<String> row = new ArrayList<>();
        row.add(f.label(q.distribution().columns().get(i)));
        row.add(f.count(c));
        double share = total.total().value() == 0 ? 0 : (double) c.value() / total.total().value();
        row.add(c.suppressed() || total.total().suppressed() ? f.hidden() : f.percent(share));
        if (showWeighted) {
          row.add(c.suppressed() ? f.hidden() : f.percent(total.weightedShares().get(i)));
        }
        bars.add(c.suppressed() ? 0 : (int) Math.round(100 * share));
        rows.add(row);
      }
      overall =
          new TableView(
              id + "-total",
              ui.t("surveyresults.table.total", q.question().text()),
              header,
              rows,
              bars);
    }
    for (var table : q.breakdowns()) {
      breakdowns.add(breakdown(q, table, f, ui, weighted));
    }
    return new QuestionView(q.question().text(), q.question().swedishOnly(), overall, breakdowns);
  }

  private static TableView breakdown(
      RoundResults.QuestionResults q,
      RoundResults.Table table,
      Formats f,
      Ui ui,
      boolean weighted) {
    boolean number = q.question().kind() == Kind.NUMBER;
    boolean area = table.dimension() == RoundResults.Dimension.AREA;
    List<String> header = new ArrayList<>();
    header.add(ui.e("surveyresults.dimension", table.dimension()));
    table.columns().forEach(c -> header.add(f.label(c)));
    header.add(ui.t("surveyresults.col.answers"));
    if (number) {
      header.add(ui.t("surveyresults.col.mean"));
    }
    if (q.ntu()) {
      header.add(ui.t("surveyresults.col.indicator"));
      header.add(ui.t("surveyresults.col.interval"));
      if (weighted) {
        header.add(ui.t("surveyresults.col.weighted"));
      }
      if (area) {
        header.add(ui.t("surveyresults.col.problemIndex"));
      }
    }
    List<List<String>> rows = new ArrayList<>();
    List<Integer> bars = new ArrayList<>();
    List<Row> all = new ArrayList<>(table.rows());
    all.add(table.total());
    for (Row row : all) {
      List<String> cells = new ArrayList<>();
      cells.add(f.label(row.label()));
      row.cells().forEach(c -> cells.add(f.count(c)));
      cells.add(f.count(row.total()));
      if (number) {
        cells.add(f.mean(row.mean()));
      }
      if (q.ntu()) {
        Proportion p = row.indicator();
        cells.add(p == null ? f.hidden() : f.percent(p.share()));
        cells.add(p == null ? "" : f.interval(p));
        if (weighted) {
          cells.add(row.weighted() == null ? "" : f.percent(row.weighted().share()));
        }
        if (area) {
          cells.add(row.problemIndex() == null ? "" : f.index(row.problemIndex()));
        }
        bars.add(p == null ? 0 : (int) Math.round(100 * p.share()));
      }
      rows.add(cells);
    }
    return new TableView(
        table.id(),
        ui.t(
            "surveyresults.table.by",
            q.question().text(),
            ui.e("surveyresults.dimension", table.dimension())),
        header,
        rows,
        bars);
  }

  /** Number formats of the page language. */
  private record Formats(Ui ui, int threshold) {

    String hidden() {
      return "< " + threshold;
    }

    String count(Count c) {
      return c.suppressed() ? hidden() : count(c.value());
    }

    String count(long value) {
      return NumberFormat.getIntegerInstance(ui.locale()).format(value);
    }

    String percent(double share) {
      NumberFormat n = NumberFormat.getNumberInstance(ui.locale());
      n.setMinimumFractionDigits(1);
      n.setMaximumFractionDigits(1);
      return n.format(100 * share) + " %";
    }

    String interval(Proportion p) {
      return percent(p.lower()) + " – " + percent(p.upper());
    }

    String index(double value) {
      return NumberFormat.getIntegerInstance(ui.locale()).format(Math.round(value));
    }

    String mean(@Nullable Double value) {
      if (value == null) {
        return hidden();
      }
      NumberFormat n = NumberFormat.getNumberInstance(ui.locale());
      n.setMaximumFractionDigits(1);
      return n.format(value);
    }

    String label(Label label) {
      return label.key() == null ? label.text() : ui.t(label.key());
    }
  }
}
