package se.trygghetsdialog.opinion;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import se.trygghetsdialog.opinion.clustering.Consensus;
import se.trygghetsdialog.opinion.clustering.OpinionResult;
import se.trygghetsdialog.opinion.clustering.Repness;
import se.trygghetsdialog.opinion.clustering.VoteMatrix;
import tools.jackson.databind.json.JsonMapper;

/** Builds the stored {@link OpinionMap} from the engine's result, and reads and writes its JSON. */
@Component
class OpinionMaps {

  private final JsonMapper json = JsonMapper.builder().build();

  String write(OpinionMap map) {
    return json.writeValueAsString(map);
  }

  OpinionMap read(String text) {
    return json.readValue(text, OpinionMap.class);
  }

  /** A map without groups: too few votes for the engine. */
  static OpinionMap withoutGroups(VoteMatrix x, OffsetDateTime computedAt) {
    return new OpinionMap(
        computedAt,
        x.participants(),
        0,
        x.votes(),
        List.of(),
        List.of(),
        List.of(),
        Map.of(),
        totals(x));
  }

  static OpinionMap of(VoteMatrix x, OpinionResult r, OffsetDateTime computedAt) {
    int n = x.participants();
    int[] members = new int[r.groupCount()];
    int clustered = 0;
    for (int row = 0; row < n; row++) {
      if (r.group()[row] >= 0) {
        members[r.group()[row]]++;
        clustered++;
      }
    }
    List<OpinionMap.Group> groups = new ArrayList<>();
    for (int g = 0; g < r.groupCount(); g++) {
      List<OpinionMap.Opinion> rep = new ArrayList<>();
      for (Repness.Statement s : r.repness().get(g)) {
        rep.add(
            new OpinionMap.Opinion(
                (int) x.statementId(s.column()), s.agree(), percent(s.successes(), s.trials())));
      }
      groups.add(new OpinionMap.Group(g, members[g], rep));
    }
    Map<Integer, int[]> totals = totals(x);
    List<OpinionMap.Opinion> consensus = new ArrayList<>();
    Consensus.Lists lists = r.consensus();
    for (int column : lists.agree()) {
      int number = (int) x.statementId(column);
      int[] t = totals.get(number);
      consensus.add(new OpinionMap.Opinion(number, true, percent(t[0], t[2])));
    }
    for (int column : lists.disagree()) {
      int number = (int) x.statementId(column);
      int[] t = totals.get(number);
      consensus.add(new OpinionMap.Opinion(number, false, percent(t[1], t[2])));
    }
    List<OpinionMap.Point> points = new ArrayList<>();
    int stride = Math.max(1, (clustered + OpinionMap.MAX_POINTS - 1) / OpinionMap.MAX_POINTS);
    int seen = 0;
    for (int row = 0; row < n; row++) {
      if (r.group()[row] >= 0) {
        if (seen % stride == 0) {
          points.add(
              new OpinionMap.Point(
                  round(r.projection()[2 * row]),
                  round(r.projection()[2 * row + 1]),
                  r.group()[row]));
        }
        seen++;
      }
    }
    Map<Integer, Double> priorities = new HashMap<>();
    for (int j = 0; j < x.statements(); j++) {
      priorities.put((int) x.statementId(j), r.priority()[j]);
    }
    return new OpinionMap(
        computedAt, n, clustered, x.votes(), groups, consensus, points, priorities, totals);
  }

  private static double round(double v) {
    return Double.isFinite(v) ? Math.round(v * 1e4) / 1e4 : 0;
  }

  private static int percent(long part, long whole) {
    return whole == 0 ? 0 : (int) Math.round(100.0 * part / whole);
  }

  /** Per statement number: agree, disagree and seen over all participants. */
  static Map<Integer, int[]> totals(VoteMatrix x) {
    int[][] t = new int[x.statements()][3];
    for (int row = 0; row < x.participants(); row++) {
      for (int k = x.rowStart(row); k < x.rowEnd(row); k++) {
        int[] cell = t[x.column(k)];
        byte v = x.value(k);
        if (v == VoteMatrix.AGREE) {
          cell[0]++;
        } else if (v == VoteMatrix.DISAGREE) {
          cell[1]++;
        }
        cell[2]++;
      }
    }
    Map<Integer, int[]> out = new HashMap<>();
    for (int j = 0; j < t.length; j++) {
      out.put((int) x.statementId(j), t[j]);
    }
    return out;
  }
}
