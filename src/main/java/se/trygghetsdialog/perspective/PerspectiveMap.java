package se.trygghetsdialog.perspective;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The perspective map of a dialogue: how many perspectives each theme has from each channel. A
 * perspective tagged with two themes counts in both rows, so the rows may add up to more than the
 * totals, which count each perspective once. Active themes have a row even without perspectives,
 * archived ones only when tagged; untagged perspectives have a row of their own (no theme id).
 *
 * @param rows one per theme, in the themes' order, then the untagged row if any
 * @param totals perspectives per channel, each counted once
 * @param total all perspectives
 * @param minority how many are flagged as minority perspectives
 * @param dissent how many are flagged as dissenting voices (nej-röster)
 */
public record PerspectiveMap(
    List<Row> rows, Map<Channel, Integer> totals, int total, int minority, int dissent) {

  /** The channels, the map's columns, in order. */
  public static final List<Channel> CHANNELS = List.of(Channel.values());

  /**
   * @param themeId null for the row of untagged perspectives
   * @param themeName empty for the row of untagged perspectives
   */
  public record Row(
      @Nullable UUID themeId, String themeName, Map<Channel, Integer> counts, int total) {

    public Row {
      counts = Map.copyOf(counts);
    }

    /** The perspectives of this row heard through {@code channel}. */
    public int count(Channel channel) {
      return counts.getOrDefault(channel, 0);
    }
  }

  public PerspectiveMap {
    rows = List.copyOf(rows);
    totals = Map.copyOf(totals);
  }

  /** The perspectives of all rows heard through {@code channel}, each once. */
  public int total(Channel channel) {
    return totals.getOrDefault(channel, 0);
  }

  /** Counts {@code perspectives} per theme and channel. */
  public static PerspectiveMap of(List<Theme> themes, List<Perspective> perspectives) {
    List<Row> rows = new ArrayList<>();
    for (Theme theme : themes) {
      List<Perspective> tagged =
          perspectives.stream().filter(p -> p.themeIds().contains(theme.id())).toList();
      if (!theme.archived() || !tagged.isEmpty()) {
        rows.add(new Row(theme.id(), theme.name(), perChannel(tagged), tagged.size()));
      }
    }
    List<UUID> known = themes.stream().map(Theme::id).toList();
    List<Perspective> untagged =
        perspectives.stream()
            .filter(p -> p.themeIds().stream().noneMatch(known::contains))
            .toList();
    if (!untagged.isEmpty()) {
      rows.add(new Row(null, "", perChannel(untagged), untagged.size()));
    }
    return new PerspectiveMap(
        rows,
        perChannel(perspectives),
        perspectives.size(),
        (int) perspectives.stream().filter(Perspective::minority).count(),
        (int) perspectives.stream().filter(Perspective::dissent).count());
  }

  private static Map<Channel, Integer> perChannel(List<Perspective> perspectives) {
    Map<Channel, Integer> counts = new EnumMap<>(Channel.class);
    Arrays.stream(Channel.values()).forEach(c -> counts.put(c, 0));
    perspectives.forEach(p -> counts.merge(p.channel(), 1, Integer::sum));
    return counts;
  }
}
