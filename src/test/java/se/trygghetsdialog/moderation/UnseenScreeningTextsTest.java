package se.trygghetsdialog.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reports how the screener does on {@code moderation/screening-unseen.tsv}, hand-labelled texts
 * that were written and committed before the screener was run on them and that the detectors are
 * never tuned on. Prints precision and recall at text level (any kind found against any kind
 * labelled) and per kind; asserts only a floor a little below the figures reached, so that a change
 * that makes screening clearly worse on unseen text fails.
 */
class UnseenScreeningTextsTest {

  private static final double PRECISION_FLOOR = 0.95;
  private static final double RECALL_FLOOR = 0.95;

  private static final List<LabelledText> texts = new ArrayList<>();
  private static final Score textLevel = new Score();
  private static final Map<PersonalDataKind, Score> perKind = new EnumMap<>(PersonalDataKind.class);

  record LabelledText(Set<PersonalDataKind> labels, String text) {}

  static final class Score {
    int truePositives;
    int falsePositives;
    int falseNegatives;
    final List<String> errors = new ArrayList<>();

    void count(boolean labelled, boolean detected, String text) {
      if (labelled && detected) {
        truePositives++;
      } else if (detected) {
        falsePositives++;
        errors.add("FP " + text);
      } else if (labelled) {
        falseNegatives++;
        errors.add("FN " + text);
      }
    }

    double precision() {
      int predicted = truePositives + falsePositives;
      return predicted == 0 ? 1.0 : (double) truePositives / predicted;
    }

    double recall() {
      int actual = truePositives + falseNegatives;
      return actual == 0 ? 1.0 : (double) truePositives / actual;
    }

    String line(String name) {
      return String.format(
          Locale.ROOT,
          "%-26s %5d %4d %4d %4d %9.3f %7.3f%n",
          name,
          truePositives + falseNegatives,
          truePositives,
          falsePositives,
          falseNegatives,
          precision(),
          recall());
    }
  }

  @BeforeAll
  static void screenEveryUnseenText() throws IOException {
    try (InputStream in =
        UnseenScreeningTextsTest.class
            .getClassLoader()
            .getResourceAsStream("moderation/screening-unseen.tsv")) {
      assertThat(in).isNotNull();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] columns = line.split("\t", 2);
        Set<PersonalDataKind> labels = EnumSet.noneOf(PersonalDataKind.class);
        if (!columns[0].strip().equals("-")) {
          for (String label : columns[0].split(",")) {
            labels.add(PersonalDataKind.valueOf(label.strip()));
          }
        }
        texts.add(new LabelledText(labels, columns[1]));
      }
    }
    PersonalDataScreener screener = new PersonalDataScreener();
    for (PersonalDataKind kind : PersonalDataKind.values()) {
      perKind.put(kind, new Score());
    }
    for (LabelledText text : texts) {
      Set<PersonalDataKind> found = screener.screen(text.text()).kinds();
      textLevel.count(!text.labels().isEmpty(), !found.isEmpty(), found + " " + text.text());
      for (PersonalDataKind kind : PersonalDataKind.values()) {
        perKind
            .get(kind)
            .count(text.labels().contains(kind), found.contains(kind), found + " " + text.text());
      }
    }
    System.out.println(report());
  }

  private static String report() {
    StringBuilder report =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "%nunseen texts: %d%n%-26s %5s %4s %4s %4s %9s %7s%n",
                texts.size(),
                "kind",
                "label",
                "TP",
                "FP",
                "FN",
                "precision",
                "recall"));
    report.append(textLevel.line("ANY (text level)"));
    perKind.forEach((kind, score) -> report.append(score.line(kind.name())));
    textLevel.errors.forEach(error -> report.append("ANY ").append(error).append('\n'));
    perKind.forEach(
        (kind, score) ->
            score.errors.forEach(e -> report.append(kind).append(' ').append(e).append('\n')));
    return report.toString();
  }

  @Test
  void holdsHalfTheTextsWithPersonalDataAndHalfWithout() {
    long withPersonalData = texts.stream().filter(t -> !t.labels().isEmpty()).count();

    assertThat(texts).hasSizeGreaterThanOrEqualTo(300);
    assertThat((double) withPersonalData / texts.size()).isBetween(0.4, 0.6);
  }

  @Test
  void findsPersonalDataInUnseenTextsWithAtLeastTheReachedPrecision() {
    assertThat(textLevel.precision()).as(report()).isGreaterThanOrEqualTo(PRECISION_FLOOR);
  }

  @Test
  void findsPersonalDataInUnseenTextsWithAtLeastTheReachedRecall() {
    assertThat(textLevel.recall()).as(report()).isGreaterThanOrEqualTo(RECALL_FLOOR);
  }
}
