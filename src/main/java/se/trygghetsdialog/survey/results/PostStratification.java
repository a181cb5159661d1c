package se.trygghetsdialog.survey.results;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import se.trygghetsdialog.shared.AgeBand;
import se.trygghetsdialog.shared.Gender;

/**
 * Post-stratification weights by area × age band × sex against the population statistics: each
 * respondent in a stratum weighs the stratum's population divided by its respondents, so the
 * weighted respondents add up to the population. Strata without respondents are collapsed, each
 * step said in a note:
 *
 * <ol>
 *   <li>an age band nobody in the whole round answered from (say under 18 in a survey of adults)
 *       leaves the target population;
 *   <li>within an area and age band, when a sex with population has no respondents, or some
 *       respondents gave another gender or none, the two sexes are collapsed into one stratum;
 *   <li>an age band of an area without respondents has its population spread over the area's other
 *       respondents (the area keeps its population);
 *   <li>an area without respondents leaves the target population.
 * </ol>
 *
 * Respondents without an area or an age band, or in an area without statistics, carry no weight and
 * are left out of weighted figures (counted in {@link #unweighted()}).
 */
public final class PostStratification {

  private final Map<Stratum, Double> weights;
  private final List<RoundResults.Note> notes;
  private final long weighted;
  private final long unweighted;

  private PostStratification(
      Map<Stratum, Double> weights, List<RoundResults.Note> notes, long weighted, long unweighted) {
    this.weights = weights;
    this.notes = notes;
    this.weighted = weighted;
    this.unweighted = unweighted;
  }

  /** The weight of each respondent of {@code stratum}, or NaN when they carry none. */
  public double weight(Stratum stratum) {
    return weights.getOrDefault(stratum, Double.NaN);
  }

  /** The notes on what was collapsed or left out. */
  public List<RoundResults.Note> notes() {
    return notes;
  }

  /** How many respondents carry no weight. */
  public long unweighted() {
    return unweighted;
  }

  /** How many respondents carry a weight. */
  public long weighted() {
    return weighted;
  }

  /**
   * The weights of the respondents, counted per stratum, against {@code population} (by area code,
   * age band and sex; only women and men have figures).
   */
  public static PostStratification of(
      Map<Stratum, Long> respondents, Map<String, Map<AgeBand, Map<Gender, Long>>> population) {
    Map<Stratum, Double> weights = new HashMap<>();
    List<RoundResults.Note> notes = new ArrayList<>();
    Set<AgeBand> answered = EnumSet.noneOf(AgeBand.class);
    // area -> band -> the strata of respondents in it
    Map<String, Map<AgeBand, Map<Stratum, Long>>> strata = new TreeMap<>();
    long left = 0;
    long all = 0;
    for (Map.Entry<Stratum, Long> e : respondents.entrySet()) {
      Stratum b = e.getKey();
      all += e.getValue();
      if (b.ageBand() != null) {
        answered.add(b.ageBand());
      }
      if (b.area() == null || b.ageBand() == null || !population.containsKey(b.area())) {
        left += e.getValue();
        continue;
      }
      strata
          .computeIfAbsent(b.area(), a -> new EnumMap<>(AgeBand.class))
          .computeIfAbsent(b.ageBand(), a -> new HashMap<>())
          .merge(b, e.getValue(), Long::sum);
    }
    for (AgeBand band : AgeBand.values()) {
      if (!answered.contains(band) && anyPopulation(population, band)) {
        notes.add(new RoundResults.Note("surveyresults.weighting.bandLeftOut", List.of(band)));
      }
    }
    for (String area : new TreeMap<>(population).keySet()) {
      Map<AgeBand, Map<Stratum, Long>> byBand = strata.get(area);
      if (byBand == null) {
        notes.add(new RoundResults.Note("surveyresults.weighting.areaLeftOut", List.of(area)));
        continue;
      }
      Map<AgeBand, Map<Gender, Long>> figures = population.get(area);
      double areaTarget = 0;
      double areaAssigned = 0;
      for (AgeBand band : AgeBand.values()) {
        if (!answered.contains(band)) {
          continue;
        }
        Map<Gender, Long> bySex = figures.getOrDefault(band, Map.of());
        long bandPopulation = bySex.values().stream().mapToLong(Long::longValue).sum();
        areaTarget += bandPopulation;
        Map<Stratum, Long> members = byBand.getOrDefault(band, Map.of());
        if (members.isEmpty()) {
          if (bandPopulation > 0) {
            notes.add(
                new RoundResults.Note("surveyresults.weighting.bandSpread", List.of(area, band)));
          }
          continue;
        }
        areaAssigned += assign(members, bySex, bandPopulation, weights, notes, area, band);
      }
      if (areaAssigned > 0 && areaAssigned != areaTarget) {
        double factor = areaTarget / areaAssigned;
        for (Map<Stratum, Long> members : byBand.values()) {
          for (Stratum s : members.keySet()) {
            weights.computeIfPresent(s, (k, w) -> w * factor);
          }
        }
      }
    }
    return new PostStratification(weights, List.copyOf(notes), all - left, left);
  }

  /** Weighs one area and age band; returns the population it assigned. */
  private static double assign(
      Map<Stratum, Long> members,
      Map<Gender, Long> bySex,
      long bandPopulation,
      Map<Stratum, Double> weights,
      List<RoundResults.Note> notes,
      String area,
      AgeBand band) {
    Map<Gender, Long> counts = new HashMap<>();
    long size = 0;
    boolean collapse = false;
    for (Map.Entry<Stratum, Long> e : members.entrySet()) {
      Gender g = e.getKey().gender();
      size += e.getValue();
      if (g == null || g == Gender.OTHER) {
        collapse = true;
      } else {
        counts.merge(g, e.getValue(), Long::sum);
      }
    }
    for (Map.Entry<Gender, Long> e : bySex.entrySet()) {
      if (e.getValue() > 0 && counts.getOrDefault(e.getKey(), 0L) == 0) {
        collapse = true;
      }
    }
    if (collapse) {
      notes.add(new RoundResults.Note("surveyresults.weighting.sexCollapsed", List.of(area, band)));
      double w = (double) bandPopulation / size;
      for (Stratum s : members.keySet()) {
        weights.put(s, w);
      }
    } else {
      for (Stratum s : members.keySet()) {
        Gender g = s.gender();
        weights.put(s, (double) bySex.getOrDefault(g, 0L) / counts.get(g));
      }
    }
    return bandPopulation;
  }

  private static boolean anyPopulation(
      Map<String, Map<AgeBand, Map<Gender, Long>>> population, AgeBand band) {
    return population.values().stream()
        .anyMatch(m -> m.getOrDefault(band, Map.of()).values().stream().anyMatch(c -> c > 0));
  }
}
