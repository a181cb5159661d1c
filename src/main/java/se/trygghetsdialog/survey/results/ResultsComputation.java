package se.trygghetsdialog.survey.results;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import se.trygghetsdialog.shared.AgeBand;
import se.trygghetsdialog.shared.Gender;
import se.trygghetsdialog.survey.results.RoundResults.Count;
import se.trygghetsdialog.survey.results.RoundResults.Dimension;
import se.trygghetsdialog.survey.results.RoundResults.Label;
import se.trygghetsdialog.survey.results.RoundResults.QuestionResults;
import se.trygghetsdialog.survey.results.RoundResults.Row;
import se.trygghetsdialog.survey.results.RoundResults.Table;
import se.trygghetsdialog.survey.results.SurveyResultsSource.Kind;
import se.trygghetsdialog.survey.results.SurveyResultsSource.Question;

/**
 * Computes a round's results from its {@link Tally}: plain Java, no database. The NTU-style
 * indicator follows PRODUCT.md section 4: (ganska otrygg + mycket otrygg + går ej ut av oro) ÷ all
 * valid answers, those who do not go out for other reasons left out of both. The problem index of
 * an area is its indicator ÷ the municipality's × 100.
 */
public final class ResultsComputation {

  /** The NTU-style item's option values that count as otrygg. */
  static final Set<String> UNSAFE = Set.of("ganska-otrygg", "mycket-otrygg", "gar-ej-ut-oro");

  static final String OTHER_REASONS = "gar-ej-ut-annat";

  /** The columns of the NTU-style item's breakdowns. */
  static final List<String> NTU_GROUPS = List.of("otrygg", "trygg", "annat");

  static final String NOT_GIVEN = "-";

  private ResultsComputation() {}

  /**
   * The results.
   *
   * @param population by area code, age band and sex; empty when there are no statistics
   * @param populationYear the statistics' year, null when there are none
   * @param areaName the name of an area code (the code itself when unknown)
   */
  public static RoundResults compute(
      SurveyResultsSource.Round round,
      Tally tally,
      int threshold,
      Map<String, Map<AgeBand, Map<Gender, Long>>> population,
      @Nullable Integer populationYear,
      Function<String, String> areaName) {
    PostStratification weights = PostStratification.of(tally.respondents(), population);
    boolean weighted = !population.isEmpty() && weights.weighted() > 0;
    RoundResults.Weighting weighting =
        population.isEmpty()
            ? RoundResults.Weighting.none("surveyresults.weighting.noPopulation")
            : new RoundResults.Weighting(
                weighted,
                populationYear,
                weights.weighted(),
                weights.unweighted(),
                weights.notes());
    List<String> areas =
        tally.respondents().keySet().stream()
            .map(Stratum::area)
            .filter(a -> a != null)
            .distinct()
            .sorted(Comparator.comparing(areaName).thenComparing(Function.identity()))
            .toList();
    List<QuestionResults> questions = new ArrayList<>();
    Optional<RoundResults.Indicator> indicator = Optional.empty();
    for (Question q : round.questions()) {
      QuestionResults results =
          new QuestionTally(
                  q, tally.of(q.id()), threshold, weighted ? weights : null, areas, areaName)
              .results();
      questions.add(results);
      if (results.ntu() && indicator.isEmpty()) {
        Row total = results.breakdowns().get(0).total();
        indicator = Optional.of(new RoundResults.Indicator(total.indicator(), total.weighted()));
      }
    }
    return new RoundResults(
        round, threshold, tally.total(), indicator, questions, weighting, List.of());
  }

  /** Whether {@code question} is the NTU-style item. */
  public static boolean isNtu(Question question) {
    return SurveyResultsSource.NTU_CODE.equals(question.code());
  }

  /** The answers of one question counted into cells and suppressed together. */
  private static final class QuestionTally {

    private final Question question;
    private final boolean ntu;
    private final boolean exclusive;
    private final List<String> columns;
    private final int threshold;
    private final @Nullable PostStratification weights;
    private final Map<Dimension, List<String>> categories = new LinkedHashMap<>();
    private final Function<String, String> areaName;
    private final Map<String, long[]> counts = new LinkedHashMap<>();
    private final Map<String, double[]> sums = new LinkedHashMap<>();
    private final Map<String, double[]> weightedCounts = new LinkedHashMap<>();
    private final long[] options;

    QuestionTally(
        Question question,
        List<Tally.Answers> answers,
        int threshold,
        @Nullable PostStratification weights,
        List<String> areas,
        Function<String, String> areaName) {
      this.question = question;
      this.ntu = isNtu(question);
      this.exclusive = question.kind() != Kind.MULTIPLE;
      this.threshold = threshold;
      this.weights = weights;
      this.areaName = areaName;
      this.columns =
          ntu
              ? NTU_GROUPS
              : question.kind() == Kind.NUMBER
                  ? List.of()
                  : question.options().stream().map(SurveyResultsSource.Option::value).toList();
      this.options = new long[question.options().size()];
      List<String> areaRows = new ArrayList<>(areas);
      areaRows.add(NOT_GIVEN);
      List<String> bands = new ArrayList<>();
      for (AgeBand b : AgeBand.values()) {
        bands.add(b.name());
      }
      bands.add(NOT_GIVEN);
      List<String> genders = new ArrayList<>();
      for (Gender g : Gender.values()) {
        genders.add(g.name());
      }
      genders.add(NOT_GIVEN);
      categories.put(Dimension.AREA, areaRows);
      categories.put(Dimension.AGE_BAND, bands);
      categories.put(Dimension.GENDER, genders);
      for (Tally.Answers a : answers) {
        count(a, weights == null ? Double.NaN : weights.weight(a.stratum()));
      }
    }

    /** Counts a group of {@code a.responses()} respondents who gave the same values. */
    private void count(Tally.Answers a, double weight) {
      List<String> values = a.values();
      long n = a.responses();
      if (values.isEmpty()) {
        return;
      }
      int[] hit = new int[Math.max(columns.size(), 1)];
      boolean any = false;
      double number = 0;
      if (question.kind() == Kind.NUMBER) {
        try {
          number = Double.parseDouble(values.get(0).trim().replace(',', '.'));
          any = Double.isFinite(number);
        } catch (NumberFormatException e) {
          any = false;
        }
      } else if (ntu) {
        String v = values.get(0);
        int option = SurveyResultsSource.NTU_VALUES.indexOf(v);
        if (values.size() == 1 && option >= 0) {
          hit[UNSAFE.contains(v) ? 0 : OTHER_REASONS.equals(v) ? 2 : 1] = 1;
          int index = optionIndex(v);
          if (index >= 0) {
            options[index] += n;
          }
          any = true;
        }
      } else {
        Set<String> chosen = new LinkedHashSet<>(exclusive ? values.subList(0, 1) : values);
        for (String v : chosen) {
          int c = columns.indexOf(v);
          if (c >= 0) {
            hit[c] = 1;
            any = true;
          }
        }
      }
      if (!any) {
        return;
      }
      Stratum r = a.stratum();
      String[] rows = {
        "TOTAL|" + NOT_GIVEN,
        "AREA|" + (r.area() == null ? NOT_GIVEN : r.area()),
        "AGE_BAND|" + (r.ageBand() == null ? NOT_GIVEN : r.ageBand().name()),
        "GENDER|" + (r.gender() == null ? NOT_GIVEN : r.gender().name())
      };
      for (String row : rows) {
        long[] c = counts.computeIfAbsent(row, k -> new long[columns.size() + 1]);
        for (int i = 0; i < columns.size(); i++) {
          c[i] += hit[i] * n;
        }
        c[columns.size()] += n;
        double[] s = sums.computeIfAbsent(row, k -> new double[1]);
        s[0] += number * n;
        if (!Double.isNaN(weight)) {
          double[] w = weightedCounts.computeIfAbsent(row, k -> new double[columns.size() + 2]);
          for (int i = 0; i < columns.size(); i++) {
            w[i] += weight * hit[i] * n;
          }
          w[columns.size()] += weight * n;
          w[columns.size() + 1] += weight * weight * n;
        }
      }
    }

    private int optionIndex(String value) {
      for (int i = 0; i < question.options().size(); i++) {
        if (question.options().get(i).value().equals(value)) {
          return i;
        }
      }
      return -1;
    }

    private long[] counts(String row) {
      return counts.getOrDefault(row, new long[columns.size() + 1]);
    }

    private static String key(String row, int column) {
      return row + "|" + (column < 0 ? "*" : Integer.toString(column));
    }

    QuestionResults results() {
      CellSuppression ledger = new CellSuppression();
      String totalRow = "TOTAL|" + NOT_GIVEN;
      int total = columns.size();
      long[] all = counts(totalRow);
      for (int c = 0; c <= total; c++) {
        ledger.total(key(totalRow, c == total ? -1 : c), all[c]);
      }
      List<String> totalColumns = new ArrayList<>();
      for (int c = 0; c < total; c++) {
        totalColumns.add(key(totalRow, c));
      }
      if (exclusive && total > 0) {
        ledger.sum(key(totalRow, -1), totalColumns);
      }
      for (Map.Entry<Dimension, List<String>> dim : categories.entrySet()) {
        List<String> rowTotals = new ArrayList<>();
        List<List<String>> columnParts = new ArrayList<>();
        for (int c = 0; c < total; c++) {
          columnParts.add(new ArrayList<>());
        }
        for (String category : dim.getValue()) {
          String row = dim.getKey().name() + "|" + category;
          long[] c = counts(row);
          List<String> parts = new ArrayList<>();
          for (int i = 0; i < total; i++) {
            ledger.cell(key(row, i), c[i]);
            parts.add(key(row, i));
            columnParts.get(i).add(key(row, i));
          }
          ledger.total(key(row, -1), c[total]);
          rowTotals.add(key(row, -1));
          if (exclusive && total > 0) {
            ledger.sum(key(row, -1), parts);
          }
        }
        for (int i = 0; i < total; i++) {
          ledger.sum(key(totalRow, i), columnParts.get(i));
        }
        ledger.sum(key(totalRow, -1), rowTotals);
      }
      List<String> optionKeys = new ArrayList<>();
      if (ntu) {
        for (int i = 0; i < options.length; i++) {
          ledger.total("OPTION|" + i, options[i]);
          optionKeys.add("OPTION|" + i);
        }
        ledger.sum(key(totalRow, -1), optionKeys);
        for (int g = 0; g < NTU_GROUPS.size(); g++) {
          List<String> members = new ArrayList<>();
          for (int i = 0; i < options.length; i++) {
            String v = question.options().get(i).value();
            int group = UNSAFE.contains(v) ? 0 : OTHER_REASONS.equals(v) ? 2 : 1;
            if (group == g && SurveyResultsSource.NTU_VALUES.contains(v)) {
              members.add("OPTION|" + i);
            }
          }
          ledger.sum(key(totalRow, g), members);
        }
      }
      Set<String> hidden = ledger.suppressed(threshold);
      Row totalRowShown = row(Label.key("surveyresults.row.total"), totalRow, hidden, null);
      List<Table> breakdowns = new ArrayList<>();
      for (Map.Entry<Dimension, List<String>> dim : categories.entrySet()) {
        List<Row> rows = new ArrayList<>();
        for (String category : dim.getValue()) {
          rows.add(
              row(
                  label(dim.getKey(), category),
                  dim.getKey().name() + "|" + category,
                  hidden,
                  dim.getKey() == Dimension.AREA ? totalRowShown.indicator() : null));
        }
        breakdowns.add(
            new Table(
                question.id() + "-" + dim.getKey().name().toLowerCase(java.util.Locale.ROOT),
                dim.getKey(),
                columnLabels(),
                rows,
                totalRowShown));
      }
      Table distribution;
      if (ntu) {
        List<Count> cells = new ArrayList<>();
        List<Label> labels = new ArrayList<>();
        for (int i = 0; i < options.length; i++) {
          cells.add(new Count("OPTION|" + i, options[i], hidden.contains("OPTION|" + i)));
          labels.add(Label.text(question.options().get(i).label()));
        }
        Row row =
            new Row(
                Label.key("surveyresults.row.total"),
                cells,
                totalRowShown.total(),
                null,
                null,
                null,
                null,
                List.of());
        distribution =
            new Table(question.id() + "-options", Dimension.TOTAL, labels, List.of(), row);
      } else {
        distribution =
            new Table(
                question.id() + "-total",
                Dimension.TOTAL,
                columnLabels(),
                List.of(),
                totalRowShown);
      }
      return new QuestionResults(question, ntu, distribution, breakdowns);
    }

    private List<Label> columnLabels() {
      if (ntu) {
        return NTU_GROUPS.stream().map(g -> Label.key("surveyresults.ntu." + g)).toList();
      }
      return question.kind() == Kind.NUMBER
          ? List.of()
          : question.options().stream().map(o -> Label.text(o.label())).toList();
    }

    private Label label(Dimension dimension, String category) {
      if (NOT_GIVEN.equals(category)) {
        return Label.key("surveyresults.row.notGiven");
      }
      return switch (dimension) {
        case AREA -> Label.text(areaName.apply(category));
        case AGE_BAND -> Label.key("surveyresults.age." + category);
        case GENDER -> Label.key("surveyresults.gender." + category);
        case TOTAL -> Label.key("surveyresults.row.total");
      };
    }

    private Row row(
        Label label, String row, Set<String> hidden, @Nullable Proportion municipality) {
      long[] c = counts(row);
      int total = columns.size();
      List<Count> cells = new ArrayList<>(total);
      for (int i = 0; i < total; i++) {
        cells.add(new Count(key(row, i), c[i], hidden.contains(key(row, i))));
      }
      Count totalCount = new Count(key(row, -1), c[total], hidden.contains(key(row, -1)));
      Proportion indicator = null;
      Proportion weighted = null;
      Double index = null;
      double[] w = weightedCounts.get(row);
      if (ntu && !cells.get(0).suppressed() && !cells.get(1).suppressed()) {
        indicator = new Proportion(c[0], c[0] + c[1]);
        if (!indicator.defined()) {
          indicator = null;
        }
        if (indicator != null && w != null) {
          double valid = w[0] + w[1];
          if (valid > 0) {
            // Kish's effective number of answers; the hits scaled to it.
            double effective = w[total] * w[total] / w[total + 1];
            weighted = new Proportion(effective * w[0] / valid, effective);
          }
        }
        if (indicator != null && municipality != null && municipality.share() > 0) {
          index = 100 * indicator.share() / municipality.share();
        }
      }
      Double mean = null;
      if (question.kind() == Kind.NUMBER && !totalCount.suppressed() && c[total] > 0) {
        mean = sums.get(row)[0] / c[total];
      }
      List<Double> weightedShares = List.of();
      if (!ntu && row.startsWith("TOTAL") && w != null && w[total] > 0) {
        List<Double> shares = new ArrayList<>();
        for (int i = 0; i < total; i++) {
          shares.add(w[i] / w[total]);
        }
        weightedShares = List.copyOf(shares);
      }
      return new Row(label, cells, totalCount, indicator, weighted, index, mean, weightedShares);
    }
  }
}
