package se.trygghetsdialog.opinion.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import se.trygghetsdialog.dialogue.Dialogue;
import se.trygghetsdialog.opinion.OpinionConversations;
import se.trygghetsdialog.opinion.OpinionMap;
import se.trygghetsdialog.opinion.Statement;
import se.trygghetsdialog.shared.MunicipalityId;

/** Builds {@link ResultsView} from the stored opinion map. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ResultsViews {

  /** Group colours with at least 3:1 contrast against white (WCAG 1.4.11). */
  static final List<String> COLOURS =
      List.of("#1d70b8", "#d4351c", "#00703c", "#4c2c92", "#8a5a00");

  private static final int MARGIN = 20;

  private final OpinionConversations conversations;

  ResultsView of(MunicipalityId municipality, Dialogue dialogue) {
    List<Statement> shown = conversations.shown(municipality, dialogue.id());
    Map<Integer, String> text =
        shown.stream().collect(Collectors.toMap(Statement::number, Statement::text));
    var stored = conversations.map(municipality, dialogue.id());
    if (stored.isEmpty()) {
      return new ResultsView(
          dialogue.id().toString(),
          dialogue.title(),
          null,
          0,
          0,
          0,
          shown.size(),
          List.of(),
          List.of(),
          List.of(),
          List.of());
    }
    OpinionMap map = stored.get();
    List<ResultsView.GroupView> groups = new ArrayList<>();
    for (OpinionMap.Group g : map.groups()) {
      groups.add(
          new ResultsView.GroupView(
              g.letter(),
              colour(g.index()),
              g.members(),
              map.clustered() == 0 ? 0 : Math.round(100f * g.members() / map.clustered()),
              lines(g.representative(), true, text),
              lines(g.representative(), false, text)));
    }
    return new ResultsView(
        dialogue.id().toString(),
        dialogue.title(),
        map.computedAt(),
        map.participants(),
        map.clustered(),
        map.votes(),
        shown.size(),
        groups,
        lines(map.consensus(), true, text),
        lines(map.consensus(), false, text),
        map.groups().isEmpty() ? List.of() : dots(map.points()));
  }

  static String colour(int group) {
    return COLOURS.get(group % COLOURS.size());
  }

  private static List<ResultsView.Line> lines(
      List<OpinionMap.Opinion> opinions, boolean agree, Map<Integer, String> text) {
    return opinions.stream()
        .filter(o -> o.agree() == agree && text.containsKey(o.statementNumber()))
        .map(
            o ->
                new ResultsView.Line(
                    o.statementNumber(), text.get(o.statementNumber()), o.percent()))
        .toList();
  }

  /** Scales the projected positions into the chart, keeping the aspect ratio. */
  private static List<ResultsView.Dot> dots(List<OpinionMap.Point> points) {
    if (points.isEmpty()) {
      return List.of();
    }
    double minX = Double.MAX_VALUE;
    double maxX = -Double.MAX_VALUE;
    double minY = Double.MAX_VALUE;
    double maxY = -Double.MAX_VALUE;
    for (OpinionMap.Point p : points) {
      minX = Math.min(minX, p.x());
      maxX = Math.max(maxX, p.x());
      minY = Math.min(minY, p.y());
      maxY = Math.max(maxY, p.y());
    }
    double spanX = Math.max(maxX - minX, 1e-9);
    double spanY = Math.max(maxY - minY, 1e-9);
    double scale =
        Math.min(
            (ResultsView.WIDTH - 2.0 * MARGIN) / spanX,
            (ResultsView.HEIGHT - 2.0 * MARGIN) / spanY);
    double offsetX = (ResultsView.WIDTH - spanX * scale) / 2;
    double offsetY = (ResultsView.HEIGHT - spanY * scale) / 2;
    Function<Double, String> fmt = v -> String.format(Locale.ROOT, "%.1f", v);
    List<ResultsView.Dot> out = new ArrayList<>(points.size());
    for (OpinionMap.Point p : points) {
      out.add(
          new ResultsView.Dot(
              fmt.apply(offsetX + (p.x() - minX) * scale),
              fmt.apply(offsetY + (maxY - p.y()) * scale),
              colour(p.group())));
    }
    return out;
  }
}
