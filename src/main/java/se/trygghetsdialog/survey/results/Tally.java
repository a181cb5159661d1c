package se.trygghetsdialog.survey.results;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import se.trygghetsdialog.survey.results.SurveyResultsSource.Response;

/**
 * A round's answers counted, which is all the results need: the respondents per {@link Stratum},
 * and per question how many respondents of each stratum gave each set of values (one value for
 * every kind but multiple choice). Counting in the database instead of reading every response is
 * what keeps the results of 50,000 responses within a second.
 *
 * @param respondents every response of the round per stratum, also those that answered nothing
 * @param answers per question id, the groups of respondents that answered it
 */
public record Tally(Map<Stratum, Long> respondents, Map<UUID, List<Answers>> answers) {

  /**
   * {@code responses} respondents of {@code stratum} gave exactly {@code values} (sorted) to the
   * question.
   */
  public record Answers(Stratum stratum, List<String> values, long responses) {}

  public Tally {
    respondents = Map.copyOf(respondents);
    answers = Map.copyOf(answers);
  }

  /** No responses. */
  public static Tally empty() {
    return new Tally(Map.of(), Map.of());
  }

  /** How many responses the round has. */
  public long total() {
    return respondents.values().stream().mapToLong(Long::longValue).sum();
  }

  /** How many responses answered {@code question}. */
  public long answered(UUID question) {
    return answers.getOrDefault(question, List.of()).stream().mapToLong(Answers::responses).sum();
  }

  /** The groups of respondents that answered {@code question}; empty when none did. */
  public List<Answers> of(UUID question) {
    return answers.getOrDefault(question, List.of());
  }

  /** The same respondents with the answers to {@code questions} only. */
  public Tally only(Collection<UUID> questions) {
    Map<UUID, List<Answers>> kept = new HashMap<>();
    for (UUID q : questions) {
      if (answers.containsKey(q)) {
        kept.put(q, answers.get(q));
      }
    }
    return new Tally(respondents, kept);
  }

  /** Counts {@code responses} in memory, as the database does for the stored ones. */
  public static Tally of(List<Response> responses) {
    Map<Stratum, Long> respondents = new LinkedHashMap<>();
    Map<UUID, Map<Map.Entry<Stratum, List<String>>, Long>> counted = new HashMap<>();
    for (Response r : responses) {
      Stratum stratum = new Stratum(r.areaCode(), r.ageBand(), r.gender());
      respondents.merge(stratum, 1L, Long::sum);
      r.answers()
          .forEach(
              (question, values) -> {
                if (!values.isEmpty()) {
                  List<String> sorted = new ArrayList<>(values);
                  sorted.sort(null);
                  counted
                      .computeIfAbsent(question, q -> new LinkedHashMap<>())
                      .merge(Map.entry(stratum, List.copyOf(sorted)), 1L, Long::sum);
                }
              });
    }
    Map<UUID, List<Answers>> answers = new HashMap<>();
    counted.forEach(
        (question, groups) -> {
          List<Answers> list = new ArrayList<>();
          groups.forEach((k, n) -> list.add(new Answers(k.getKey(), k.getValue(), n)));
          answers.put(question, List.copyOf(list));
        });
    return new Tally(respondents, answers);
  }
}
