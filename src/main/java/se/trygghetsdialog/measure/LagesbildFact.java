package se.trygghetsdialog.measure;

import java.util.List;

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
}
