package se.trygghetsdialog.records.access;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A document's text cut into sentences (the passages a reviewer ticks when JavaScript is off), and
 * the copy with the withheld passages replaced by their ground.
 */
public final class Passages {

  private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

  private Passages() {}

  /**
   * One sentence of the text: characters {@code [start, end)}, and the ground it is withheld on, if
   * any.
   */
  public record Passage(
      int index, int start, int end, String text, @Nullable SecrecyGround ground) {

    public boolean withheld() {
      return ground != null;
    }
  }

  /** The sentences of {@code text}, each marked withheld when a redaction covers it. */
  public static List<Passage> of(String text, List<Redaction> redactions) {
    BreakIterator sentences = BreakIterator.getSentenceInstance(SWEDISH);
    sentences.setText(text);
    List<Passage> passages = new ArrayList<>();
    int start = sentences.first();
    for (int end = sentences.next();
        end != BreakIterator.DONE;
        start = end, end = sentences.next()) {
      String sentence = text.substring(start, end);
      if (!sentence.isBlank()) {
        passages.add(
            new Passage(passages.size(), start, end, sentence, covering(start, end, redactions)));
      }
    }
    return passages;
  }

  private static @Nullable SecrecyGround covering(int start, int end, List<Redaction> redactions) {
    for (Redaction r : redactions) {
      if (r.start() < end && start < r.end()) {
        return r.ground();
      }
    }
    return null;
  }

  /**
   * The text with every withheld range replaced by {@code marker} applied to its grounds (e.g.
   * sekretess: OSL 26 kap. 1 §); ranges that overlap or touch are merged, and the withheld
   * characters are gone from the result.
   */
  public static String redacted(
      String text, List<Redaction> redactions, Function<String, String> marker) {
    List<Redaction> sorted =
        redactions.stream().sorted(Comparator.comparingInt(Redaction::start)).toList();
    StringBuilder out = new StringBuilder();
    int at = 0;
    int i = 0;
    while (i < sorted.size()) {
      Redaction first = sorted.get(i);
      int start = Math.max(first.start(), at);
      int end = first.end();
      List<String> grounds = new ArrayList<>();
      grounds.add(first.ground().reference());
      i++;
      while (i < sorted.size() && sorted.get(i).start() <= end) {
        end = Math.max(end, sorted.get(i).end());
        String reference = sorted.get(i).ground().reference();
        if (!grounds.contains(reference)) {
          grounds.add(reference);
        }
        i++;
      }
      start = Math.min(start, text.length());
      end = Math.min(end, text.length());
      if (end <= at) {
        continue;
      }
      out.append(text, at, start);
      String trailing = trailingSpace(text.substring(start, end));
      out.append(marker.apply(String.join(", ", grounds))).append(trailing);
      at = end;
    }
    out.append(text.substring(Math.min(at, text.length())));
    return out.toString();
  }

  /** The white space a withheld sentence ended with, kept so the next sentence stays apart. */
  private static String trailingSpace(String withheld) {
    int keep = withheld.length();
    while (keep > 0 && Character.isWhitespace(withheld.charAt(keep - 1))) {
      keep--;
    }
    return withheld.substring(keep);
  }
}
