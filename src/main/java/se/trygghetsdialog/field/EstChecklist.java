package se.trygghetsdialog.field;

import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The checklist the weekly lägesbild is built from. The default items are defined here, their text
 * in the messages ({@code field.week.check.<key>}); a municipality that needs other items changes
 * this list and the messages.
 */
public final class EstChecklist {

  /** The default items, in the order the operational team works through them. */
  public static final List<String> DEFAULT_ITEMS =
      List.of(
          "fieldEvents",
          "placeReports",
          "police",
          "housing",
          "schools",
          "rumours",
          "followUp",
          "plan");

  public static final int MAX_NOTE = 2000;

  private EstChecklist() {}

  /** One item of a week's checklist: ticked by whom and when, and a note. */
  public record Item(
      String key, boolean done, String doneByName, @Nullable OffsetDateTime doneAt, String note) {

    public static Item blank(String key) {
      return new Item(key, false, "", null, "");
    }
  }
}
