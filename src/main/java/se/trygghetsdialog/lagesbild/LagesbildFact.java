package se.trygghetsdialog.lagesbild;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;

/**
 * One piece of "annan relevant information" for the lägesbild, from a {@link LagesbildSource}: a
 * titled table of counts and/or a short text, with the label of its source. Never personal data:
 * counts per category or area, public titles.
 *
 * @param key stable within its source across calls, e.g. {@code place.byCategory}; staff choose
 *     facts by key
 * @param source the source shown with the fact, e.g. "Trygghetskartan"
 */
public record LagesbildFact(String key, String source, String title, List<Row> rows, String text) {

  /** One labelled count. */
  public record Row(String label, long count) {}

  public LagesbildFact {
    rows = List.copyOf(rows);
  }

  /** Labelled counts as rows, the highest count first (equal counts keep the map's order). */
  public static List<Row> rowsByCount(Map<String, Long> counts) {
    return counts.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .map(e -> new Row(e.getKey(), e.getValue()))
        .toList();
  }

  /**
   * A fact of counts, largest first, titled by the message {@code messageKey} and noted by the
   * message {@code messageKey.note} with the note arguments.
   */
  public static LagesbildFact ofCounts(
      String key,
      String source,
      String messageKey,
      Map<String, Long> counts,
      MessageSource messages,
      Locale locale,
      Object... noteArguments) {
    String note = messageKey + ".note";
    return new LagesbildFact(
        key,
        source,
        messages.getMessage(messageKey, null, messageKey, locale),
        rowsByCount(counts),
        messages.getMessage(note, noteArguments, note, locale));
  }
}
