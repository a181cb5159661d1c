package se.trygghetsdialog.analysis;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.trygghetsdialog.analysis.Report.Part;
import se.trygghetsdialog.analysis.Report.Table;
import se.trygghetsdialog.dialogue.Charter;
import se.trygghetsdialog.dialogue.Dialogue;
import se.trygghetsdialog.dialogue.DialogueId;
import se.trygghetsdialog.geo.PlaceCategories;
import se.trygghetsdialog.measure.InputRef;
import se.trygghetsdialog.measure.Measure;
import se.trygghetsdialog.measure.MeasureLink;
import se.trygghetsdialog.measure.Measures;
import se.trygghetsdialog.opinion.OpinionConversations;
import se.trygghetsdialog.opinion.OpinionMap;
import se.trygghetsdialog.participation.GapCheck;
import se.trygghetsdialog.participation.GapChecks;
import se.trygghetsdialog.participation.ParticipationFigures;
import se.trygghetsdialog.participation.ParticipationFigures.Group;
import se.trygghetsdialog.participation.ParticipationSettings;
import se.trygghetsdialog.participation.SmallCells;
import se.trygghetsdialog.perspective.Channel;
import se.trygghetsdialog.perspective.PerspectiveMap;
import se.trygghetsdialog.perspective.Perspectives;
import se.trygghetsdialog.place.PlaceCampaigns;
import se.trygghetsdialog.session.Agreement;
import se.trygghetsdialog.session.DialogueSession;
import se.trygghetsdialog.session.Sessions;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.tenancy.Municipalities;
import se.trygghetsdialog.tenancy.Organisations;

/**
 * Builds a report to the decision-makers from what the other modules' query APIs give: counts
 * aggregated by those modules, every count of people through {@link SmallCells}, public texts only
 * (flagged perspectives, flagged session notes and unmoderated statements are left out).
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ReportDrafts {

  /** The most minority and nej-röst perspectives quoted; the map counts them all. */
  public static final int MAX_QUOTED = 30;

  private static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

  private final Municipalities municipalities;
  private final Organisations organisations;
  private final ParticipationFigures figures;
  private final ParticipationSettings settings;
  private final GapChecks checks;
  private final Perspectives perspectives;
  private final OpinionConversations opinions;
  private final PlaceCampaigns campaigns;
  private final PlaceCategories categories;
  private final Sessions sessions;
  private final Measures measures;
  private final MessageSource messages;

  /** The report of {@code kind} for the dialogue as its data stands now, in {@code locale}. */
  @Transactional(readOnly = true)
  public Report build(MunicipalityId m, Dialogue dialogue, ReportKind kind, Locale locale) {
    Texts t = new Texts(messages, locale, settings.smallCells(m));
    List<Part> parts = new ArrayList<>();
    parts.add(purpose(m, dialogue, t));
    parts.addAll(participation(m, dialogue, t));
    parts.add(perspectiveMap(m, dialogue.id(), t));
    parts.add(opinion(m, dialogue.id(), t));
    parts.add(places(m, dialogue, t));
    List<Agreement> agreements = new ArrayList<>();
    parts.add(sessions(m, dialogue.id(), t, agreements));
    if (kind == ReportKind.DECISION_BASIS) {
      parts.add(proposals(m, dialogue, agreements, t));
      parts.add(notInfluenced(dialogue, t));
    }
    return new Report(
        kind,
        dialogue.id().value(),
        t.t(kind.key()) + " – " + dialogue.title(),
        dialogue.title(),
        municipalities.name(m),
        LocalDate.now(ZONE),
        t.cells().threshold(),
        parts);
  }

  private Part purpose(MunicipalityId m, Dialogue d, Texts t) {
    Charter c = d.charter();
    List<List<String>> rows = new ArrayList<>();
    row(rows, t.t("analysis.charter.purposeInfluence"), c.purposeInfluence());
    row(rows, t.t("analysis.charter.purposeBasis"), c.purposeBasis());
    row(rows, t.t("analysis.charter.localGoals"), c.localGoals());
    row(rows, t.t("analysis.charter.context"), c.context());
    row(rows, t.t("analysis.charter.targetGroups"), c.targetGroups());
    row(rows, t.t("analysis.charter.rarelyHeard"), c.rarelyHeardGroups());
    row(rows, t.t("analysis.charter.organisation"), c.organisationParticipants());
    row(rows, t.t("analysis.charter.involvement"), c.residentInvolvement());
    if (c.periodStart() != null && c.periodEnd() != null) {
      row(rows, t.t("analysis.charter.period"), c.periodStart() + " – " + c.periodEnd());
    }
    row(
        rows,
        t.t("analysis.charter.decision"),
        t.t(
            "analysis.charter.decisionText",
            organisations.name(m, d.decision().bodyId(), t.locale()),
            d.decision().date().toString(),
            d.decision().paragraph(),
            d.decision().registrationNumber()));
    boolean empty = c.purposeInfluence().isBlank() && c.purposeBasis().isBlank();
    return new Part(
        "syfte",
        t.t("analysis.part.purpose"),
        true,
        empty,
        d.summary().isBlank() ? List.of() : List.of(d.summary()),
        List.of(
            new Table(
                "stadga",
                t.t("analysis.table.charter"),
                List.of(t.t("analysis.column.part"), t.t("analysis.column.content")),
                rows)),
        List.of());
  }

  private static void row(List<List<String>> rows, String label, String value) {
    if (!value.isBlank()) {
      rows.add(List.of(label, value));
    }
  }

  private List<Part> participation(MunicipalityId m, Dialogue d, Texts t) {
    ParticipationFigures.Report report = figures.of(m, d);
    List<String> paragraphs = new ArrayList<>();
    paragraphs.add(t.t("analysis.participation.reached", t.count(report.reached())));
    report
        .base()
        .ifPresent(
            b ->
                paragraphs.add(
                    b.areaName() == null
                        ? t.t("analysis.participation.base", String.valueOf(b.year()))
                        : t.t(
                            "analysis.participation.baseArea",
                            b.areaName(),
                            String.valueOf(b.year()))));
    report
        .representativeness()
        .ifPresent(
            r ->
                paragraphs.add(
                    t.t(
                        "analysis.participation.representativeness",
                        label(r.lowest(), t),
                        rate(r.lowest(), t),
                        label(r.highest(), t),
                        rate(r.highest(), t))));
    List<Table> tables = new ArrayList<>();
    tables.add(groups("kanal", "analysis.table.channel", report.byChannel(), t));
    tables.add(groups("omrade", "analysis.table.area", report.byArea(), t));
    tables.add(groups("alder", "analysis.table.age", report.byAge(), t));
    tables.add(groups("kon", "analysis.table.gender", report.byGender(), t));
    List<String> gaps = new ArrayList<>();
    for (ParticipationFigures.Gap gap : report.gaps()) {
      gaps.add(
          gap.missing()
              ? t.t("analysis.participation.missing", label(gap.group(), t))
              : t.t(
                  "analysis.participation.farBelow", label(gap.group(), t), rate(gap.group(), t)));
    }
    Part who =
        new Part(
            "deltagande",
            t.t("analysis.part.participation"),
            true,
            report.reached() == 0,
            paragraphs,
            tables,
            gaps);

    var check = checks.latest(m, d.id());
    List<List<String>> rows = new ArrayList<>();
    if (check.isPresent()) {
      GapCheck c = check.get();
      rows.add(List.of(t.t("analysis.check.findings"), c.findings()));
      rows.add(List.of(t.t("analysis.check.missingGroups"), c.missingGroups()));
      rows.add(List.of(t.t("analysis.check.actions"), c.actions()));
      rows.add(
          List.of(
              t.t("analysis.check.recordedOn"),
              c.recordedAt().atZoneSameInstant(ZONE).toLocalDate().toString()));
    }
    Part gapCheck =
        new Part(
            "kontroll",
            t.t("analysis.part.gapCheck"),
            true,
            check.isEmpty(),
            check.isEmpty() ? List.of(t.t("analysis.check.none")) : List.of(),
            check.isEmpty()
                ? List.of()
                : List.of(
                    new Table(
                        "kontroll",
                        t.t("analysis.table.gapCheck"),
                        List.of(t.t("analysis.column.part"), t.t("analysis.column.content")),
                        rows)),
            List.of());
    return List.of(who, gapCheck);
  }

  private Table groups(String id, String caption, List<Group> groups, Texts t) {
    List<List<String>> rows = new ArrayList<>();
    for (Group g : groups) {
      rows.add(
          List.of(
              label(g, t),
              t.count(g.reached()),
              g.population() == null ? "" : t.count(g.population()),
              rate(g, t)));
    }
    return new Table(
        id,
        t.t(caption),
        List.of(
            t.t("analysis.column.group"),
            t.t("analysis.column.reached"),
            t.t("analysis.column.population"),
            t.t("analysis.column.rate")),
        rows);
  }

  private static String label(Group g, Texts t) {
    return g.labelKey() == null ? g.name() : t.t(g.labelKey());
  }

  private static String rate(Group g, Texts t) {
    return g.population() == null ? "" : t.cells().rate(g.reached(), g.population(), t.locale());
  }

  private Part perspectiveMap(MunicipalityId m, DialogueId dialogue, Texts t) {
    PerspectiveMap map = perspectives.mapCounted(m, dialogue);
    List<Channel> used = PerspectiveMap.CHANNELS.stream().filter(c -> map.total(c) > 0).toList();
    List<String> header = new ArrayList<>();
    header.add(t.t("analysis.column.theme"));
    used.forEach(c -> header.add(t.t(c.key())));
    header.add(t.t("analysis.column.total"));
    List<List<String>> rows = new ArrayList<>();
    for (PerspectiveMap.Row row : map.rows()) {
      List<String> cells = new ArrayList<>();
      cells.add(row.themeId() == null ? t.t("analysis.perspectives.untagged") : row.themeName());
      used.forEach(c -> cells.add(t.count(row.count(c))));
      cells.add(t.count(row.total()));
      rows.add(cells);
    }
    List<String> totals = new ArrayList<>();
    totals.add(t.t("analysis.column.total"));
    used.forEach(c -> totals.add(t.count(map.total(c))));
    totals.add(t.count(map.total()));
    rows.add(totals);
    List<String> quoted = new ArrayList<>();
    for (Perspectives.PublicPerspective p : perspectives.quoted(m, dialogue, MAX_QUOTED)) {
      quoted.add(
          t.t(p.dissent() ? "analysis.perspectives.dissent" : "analysis.perspectives.minority")
              + ": "
              + p.text());
    }
    return new Part(
        "perspektiv",
        t.t("analysis.part.perspectives"),
        true,
        map.total() == 0,
        List.of(
            t.t(
                "analysis.perspectives.summary",
                t.count(map.total()),
                t.count(map.minority()),
                t.count(map.dissent()))),
        map.total() == 0
            ? List.of()
            : List.of(new Table("perspektivkarta", t.t("analysis.table.map"), header, rows)),
        quoted);
  }

  private Part opinion(MunicipalityId m, DialogueId dialogue, Texts t) {
    var found = opinions.map(m, dialogue);
    if (found.isEmpty() || found.get().participants() == 0) {
      return new Part(
          "asikter",
          t.t("analysis.part.opinion"),
          false,
          true,
          List.of(t.t("analysis.opinion.none")),
          List.of(),
          List.of());
    }
    OpinionMap map = found.get();
    Map<Integer, String> texts = new LinkedHashMap<>();
    opinions.shown(m, dialogue).forEach(s -> texts.put(s.number(), s.text()));
    List<List<String>> rows = new ArrayList<>();
    for (OpinionMap.Group g : map.groups()) {
      List<String> said = new ArrayList<>();
      g.representative().stream()
          .filter(o -> texts.containsKey(o.statementNumber()))
          .forEach(o -> said.add(opinion(o, texts, t)));
      rows.add(
          List.of(
              t.t("analysis.opinion.group", g.letter()),
              t.count(g.members()),
              String.join("; ", said)));
    }
    List<String> consensus =
        map.consensus().stream()
            .filter(o -> texts.containsKey(o.statementNumber()))
            .map(o -> opinion(o, texts, t))
            .toList();
    return new Part(
        "asikter",
        t.t("analysis.part.opinion"),
        false,
        false,
        List.of(
            t.t(
                "analysis.opinion.summary",
                t.count(map.participants()),
                t.count(map.votes()),
                String.valueOf(map.groups().size()))),
        rows.isEmpty()
            ? List.of()
            : List.of(
                new Table(
                    "asiktsgrupper",
                    t.t("analysis.table.opinionGroups"),
                    List.of(
                        t.t("analysis.column.group"),
                        t.t("analysis.column.members"),
                        t.t("analysis.column.representative")),
                    rows)),
        consensus.isEmpty() ? List.of() : prefixed(t.t("analysis.opinion.consensus"), consensus));
  }

  private static String opinion(OpinionMap.Opinion o, Map<Integer, String> texts, Texts t) {
    return t.t(
        o.agree() ? "analysis.opinion.agree" : "analysis.opinion.disagree",
        texts.get(o.statementNumber()),
        String.valueOf(o.percent()));
  }

  private static List<String> prefixed(String prefix, List<String> items) {
    return items.stream().map(i -> prefix + ": " + i).toList();
  }

  private Part places(MunicipalityId m, Dialogue d, Texts t) {
    List<PlaceCampaigns.Pattern> patterns = campaigns.patternsForDialogue(m, d.id().value());
    Map<UUID, String> names = categories.names(m, t.locale());
    Map<String, Long> byCategory = new LinkedHashMap<>();
    Map<String, Long> byTime = new LinkedHashMap<>();
    for (String time : List.of("DAY", "EVENING", "NIGHT")) {
      byTime.put(time, 0L);
    }
    long total = 0;
    for (PlaceCampaigns.Pattern p : patterns) {
      byCategory.merge(names.getOrDefault(p.categoryId(), "–"), p.count(), Long::sum);
      byTime.merge(p.timeOfDay(), p.count(), Long::sum);
      total += p.count();
    }
    if (total == 0) {
      return new Part(
          "platser",
          t.t("analysis.part.places"),
          false,
          true,
          List.of(t.t("analysis.places.none")),
          List.of(),
          List.of());
    }
    List<List<String>> categoryRows = new ArrayList<>();
    byCategory.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .forEach(e -> categoryRows.add(List.of(e.getKey(), t.count(e.getValue()))));
    List<List<String>> timeRows = new ArrayList<>();
    byTime.forEach((k, v) -> timeRows.add(List.of(t.t("place.timeOfDay." + k), t.count(v))));
    return new Part(
        "platser",
        t.t("analysis.part.places"),
        false,
        false,
        List.of(t.t("analysis.places.summary", t.count(total))),
        List.of(
            new Table(
                "platser-kategori",
                t.t("analysis.table.placeCategory"),
                List.of(t.t("analysis.column.category"), t.t("analysis.column.reports")),
                categoryRows),
            new Table(
                "platser-tid",
                t.t("analysis.table.placeTime"),
                List.of(t.t("analysis.column.timeOfDay"), t.t("analysis.column.reports")),
                timeRows)),
        List.of());
  }

  private Part sessions(MunicipalityId m, DialogueId dialogue, Texts t, List<Agreement> shown) {
    List<DialogueSession> list = sessions.of(m, dialogue);
    List<List<String>> rows = new ArrayList<>();
    Set<UUID> clean = new HashSet<>();
    for (DialogueSession s : list) {
      rows.add(
          List.of(
              s.date().toString(),
              t.t("session.format." + s.format().name()),
              s.attended() == null ? "" : t.count(s.attended())));
      if (!s.notesFlagged()) {
        clean.add(s.id());
      }
    }
    sessions.agreementsOf(m, dialogue).stream()
        .filter(a -> clean.contains(a.sessionId()))
        .forEach(shown::add);
    return new Part(
        "moten",
        t.t("analysis.part.sessions"),
        false,
        list.isEmpty(),
        list.isEmpty() ? List.of(t.t("analysis.sessions.none")) : List.of(),
        list.isEmpty()
            ? List.of()
            : List.of(
                new Table(
                    "moten",
                    t.t("analysis.table.sessions"),
                    List.of(
                        t.t("analysis.column.date"),
                        t.t("analysis.column.format"),
                        t.t("analysis.column.attended")),
                    rows)),
        prefixed(t.t("analysis.sessions.agreement"), shown.stream().map(Agreement::text).toList()));
  }

  private Part proposals(MunicipalityId m, Dialogue d, List<Agreement> agreements, Texts t) {
    Set<UUID> ownInputs = new HashSet<>();
    ownInputs.add(d.id().value());
    agreements.forEach(a -> ownInputs.add(a.id()));
    opinions.shown(m, d.id()).stream().map(s -> s.id().value()).forEach(ownInputs::add);
    List<List<String>> rows = new ArrayList<>();
    for (Measure measure : measures.all(m)) {
      List<MeasureLink> links = measures.links(m, measure.id());
      boolean ours =
          links.stream()
              .anyMatch(
                  l ->
                      ownInputs.contains(l.input().id())
                          || (l.input().type().equals("PERSPECTIVE")
                              && perspectives.perspective(m, d.id(), l.input().id()).isPresent()));
      if (!ours) {
        continue;
      }
      List<String> behind =
          links.stream()
              .filter(l -> !l.input().type().equals(InputRef.DIALOGUE))
              .map(l -> t.t("measure.inputType." + l.input().type()) + ": " + l.label())
              .toList();
      rows.add(
          List.of(
              measure.title(),
              t.t("measure.kind." + measure.kind().name()),
              t.t("measure.status." + measure.status().name()),
              behind.isEmpty()
                  ? t.t("analysis.proposals.dialogueOnly")
                  : String.join("; ", behind)));
    }
    return new Part(
        "forslag",
        t.t("analysis.part.proposals"),
        true,
        rows.isEmpty(),
        rows.isEmpty() ? List.of(t.t("analysis.proposals.none")) : List.of(),
        rows.isEmpty()
            ? List.of()
            : List.of(
                new Table(
                    "forslag",
                    t.t("analysis.table.proposals"),
                    List.of(
                        t.t("analysis.column.proposal"),
                        t.t("analysis.column.kind"),
                        t.t("analysis.column.status"),
                        t.t("analysis.column.behind")),
                    rows)),
        List.of());
  }

  private static Part notInfluenced(Dialogue d, Texts t) {
    Charter c = d.charter();
    List<String> paragraphs = new ArrayList<>();
    if (c.informationOnly()) {
      paragraphs.add(t.t("analysis.influence.informationOnly"));
    }
    if (!c.influenceNote().isBlank()) {
      paragraphs.add(c.influenceNote());
    }
    if (paragraphs.isEmpty()) {
      paragraphs.add(t.t("analysis.influence.none"));
    }
    return new Part(
        "paverkbarhet",
        t.t("analysis.part.notInfluenced"),
        false,
        false,
        paragraphs,
        List.of(),
        List.of());
  }

  /** Texts in one language and counts through the threshold. */
  private record Texts(MessageSource messages, Locale locale, SmallCells cells) {

    String t(String key, Object... args) {
      return messages.getMessage(key, args.length == 0 ? null : args, locale);
    }

    String count(long n) {
      return cells.count(n, locale);
    }
  }
}
