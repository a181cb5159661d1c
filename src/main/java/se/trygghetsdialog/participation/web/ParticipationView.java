package se.trygghetsdialog.participation.web;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import se.trygghetsdialog.dialogue.Dialogue;
import se.trygghetsdialog.participation.GapCheck;
import se.trygghetsdialog.participation.ParticipationFigures;
import se.trygghetsdialog.participation.ParticipationFigures.Group;
import se.trygghetsdialog.participation.SmallCells;
import se.trygghetsdialog.shared.AgeBand;
import se.trygghetsdialog.shared.Gender;
import se.trygghetsdialog.shared.web.Ui;

/**
 * A dialogue's participation page as shown: every count already through {@link SmallCells}, so the
 * page and the CSV files show the same suppressed cells.
 */
public record ParticipationView(
    Dialogue dialogue,
    String reached,
    int threshold,
    List<Table> tables,
    @Nullable String source,
    boolean illustrative,
    @Nullable String representativeness,
    List<String> missing,
    List<String> farBelow,
    Table basePopulation,
    List<GapCheck> checks,
    boolean mayRecord) {

  /**
   * One table: its id (also the CSV file's name), caption and header, rows of shown cells.
   *
   * @param header the column headings; the first names the groups
   */
  public record Table(String id, String caption, List<String> header, List<List<String>> rows) {}

  /** The gap check form as shown again after a refusal: what was typed. */
  public record CheckForm(
      @Nullable String findings, @Nullable String missingGroups, @Nullable String actions) {
    static CheckForm blank() {
      return new CheckForm("", "", "");
    }
  }

  /** The ids of the tables offered as CSV, in page order. */
  static final List<String> TABLES = List.of("kanal", "omrade", "alder", "kon", "befolkning");

  static ParticipationView of(
      Dialogue dialogue,
      ParticipationFigures.Report report,
      SmallCells cells,
      List<GapCheck> checks,
      boolean mayRecord,
      Ui ui) {
    var locale = ui.locale();
    List<Table> tables = new ArrayList<>();
    tables.add(
        new Table(
            "kanal",
            ui.t("participation.table.channel"),
            List.of(ui.t("participation.column.channel"), ui.t("participation.column.reached")),
            report.byChannel().stream()
                .map(g -> List.of(label(g, ui), cells.count(g.reached(), locale)))
                .toList()));
    tables.add(
        groups(
            "omrade",
            "participation.table.area",
            "participation.column.area",
            report.byArea(),
            cells,
            ui));
    tables.add(
        groups(
            "alder",
            "participation.table.age",
            "participation.column.age",
            report.byAge(),
            cells,
            ui));
    tables.add(
        groups(
            "kon",
            "participation.table.gender",
            "participation.column.gender",
            report.byGender(),
            cells,
            ui));

    String source = null;
    boolean illustrative = false;
    List<List<String>> baseRows = new ArrayList<>();
    if (report.base().isPresent()) {
      var base = report.base().get();
      illustrative = base.illustrative();
      source =
          base.areaName() == null
              ? ui.t("participation.source.municipality", String.valueOf(base.year()))
              : ui.t("participation.source.area", base.areaName(), String.valueOf(base.year()));
      for (AgeBand band : AgeBand.values()) {
        long women = base.byAgeAndGender().get(band).getOrDefault(Gender.WOMAN, 0L);
        long men = base.byAgeAndGender().get(band).getOrDefault(Gender.MAN, 0L);
        baseRows.add(
            List.of(
                ui.t("population.age." + band.name()),
                cells.count(women, locale),
                cells.count(men, locale),
                cells.count(women + men, locale)));
      }
    }
    Table basePopulation =
        new Table(
            "befolkning",
            ui.t("participation.table.population"),
            List.of(
                ui.t("participation.column.age"),
                ui.t("population.gender.WOMAN"),
                ui.t("population.gender.MAN"),
                ui.t("participation.column.total")),
            baseRows);

    List<String> missing = new ArrayList<>();
    List<String> farBelow = new ArrayList<>();
    for (var gap : report.gaps()) {
      Group g = gap.group();
      if (gap.missing()) {
        missing.add(
            ui.t(
                "participation.gap.missing",
                label(g, ui),
                cells.count(g.population() == null ? 0 : g.population(), locale)));
      } else {
        farBelow.add(
            ui.t(
                "participation.gap.farBelow",
                label(g, ui),
                cells.rate(g.reached(), g.population() == null ? 0 : g.population(), locale)));
      }
    }
    return new ParticipationView(
        dialogue,
        cells.count(report.reached(), locale),
        cells.threshold(),
        tables,
        source,
        illustrative,
        representativeness(report.representativeness(), cells, ui),
        missing,
        farBelow,
        basePopulation,
        checks,
        mayRecord);
  }

  /** The table with this id, the population table included. */
  Optional<Table> table(String id) {
    if (id.equals(basePopulation.id())) {
      return Optional.of(basePopulation);
    }
    return tables.stream().filter(t -> t.id().equals(id)).findFirst();
  }

  private static Table groups(
      String id, String captionKey, String columnKey, List<Group> groups, SmallCells cells, Ui ui) {
    var locale = ui.locale();
    return new Table(
        id,
        ui.t(captionKey),
        List.of(
            ui.t(columnKey),
            ui.t("participation.column.reached"),
            ui.t("participation.column.population"),
            ui.t("participation.column.rate")),
        groups.stream()
            .map(
                g ->
                    List.of(
                        label(g, ui),
                        cells.count(g.reached(), locale),
                        g.population() == null ? "" : cells.count(g.population(), locale),
                        g.population() == null
                            ? ""
                            : cells.rate(g.reached(), g.population(), locale)))
            .toList());
  }

  /**
   * The representativeness figure with the groups it compares. When the lowest group's count is
   * suppressed the figure is given as an upper bound, worked out as if the count were the
   * threshold; when the highest group's is, the figure is not shown (it would tell the count).
   */
  private static @Nullable String representativeness(
      Optional<ParticipationFigures.Representativeness> figure, SmallCells cells, Ui ui) {
    if (figure.isEmpty()) {
      return null;
    }
    var r = figure.get();
    var locale = ui.locale();
    if (cells.suppressed(r.highest().reached())) {
      return ui.t("participation.representativeness.hidden");
    }
    NumberFormat ratio = NumberFormat.getNumberInstance(locale);
    ratio.setMinimumFractionDigits(2);
    ratio.setMaximumFractionDigits(2);
    long lowPop = r.lowest().population() == null ? 0 : r.lowest().population();
    long highPop = r.highest().population() == null ? 0 : r.highest().population();
    String lowRate = cells.rate(r.lowest().reached(), lowPop, locale);
    String highRate = cells.rate(r.highest().reached(), highPop, locale);
    if (cells.suppressed(r.lowest().reached())) {
      double bound =
          ((double) cells.threshold() / lowPop) / ((double) r.highest().reached() / highPop);
      return ui.t(
          "participation.representativeness.below",
          ratio.format(Math.min(1.0, bound)),
          label(r.lowest(), ui),
          lowRate,
          label(r.highest(), ui),
          highRate);
    }
    return ui.t(
        "participation.representativeness.value",
        ratio.format(r.ratio()),
        label(r.lowest(), ui),
        lowRate,
        label(r.highest(), ui),
        highRate);
  }

  static String label(Group g, Ui ui) {
    return g.labelKey() == null ? g.name() : ui.t(g.labelKey());
  }
}
