package se.trygghetsdialog.survey.results;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import se.trygghetsdialog.shared.AgeBand;
import se.trygghetsdialog.shared.Gender;
import se.trygghetsdialog.survey.QuestionBank;
import se.trygghetsdialog.survey.results.SurveyResultsSource.Kind;
import se.trygghetsdialog.survey.results.SurveyResultsSource.Option;
import se.trygghetsdialog.survey.results.SurveyResultsSource.Question;
import se.trygghetsdialog.survey.results.SurveyResultsSource.Response;
import se.trygghetsdialog.survey.results.SurveyResultsSource.Round;

/** Rounds and responses for results tests. */
public final class SurveyResponsesMother {

  private SurveyResponsesMother() {}

  public static Question ntu() {
    // The question bank's wording and options (PRODUCT.md section 4).
    return new Question(
        UUID.randomUUID(),
        1,
        QuestionBank.NTU.code(),
        QuestionBank.NTU.text(),
        Kind.SINGLE,
        QuestionBank.NTU.options().stream().map(o -> new Option(o.value(), o.label())).toList());
  }

  public static Question likert(String code) {
    return new Question(
        UUID.randomUUID(),
        1,
        code,
        "Hur ofta oroar du dig för " + code + "?",
        Kind.LIKERT,
        List.of(
            new Option("1", "Aldrig"),
            new Option("2", "Sällan"),
            new Option("3", "Ibland"),
            new Option("4", "Ofta")));
  }

  public static Question multiple() {
    return new Question(
        UUID.randomUUID(),
        1,
        "problem-platser",
        "Vilka platser upplever du som problem?",
        Kind.MULTIPLE,
        List.of(
            new Option("centrum", "Centrum"),
            new Option("hamnen", "Hamnen"),
            new Option("parken", "Parken")));
  }

  public static Question number() {
    return new Question(
        UUID.randomUUID(),
        1,
        "ar-i-kommunen",
        "Hur länge har du bott här?",
        Kind.NUMBER,
        List.of());
  }

  public static Round round(List<Question> questions) {
    return new Round(
        UUID.randomUUID(),
        "Trygghetsmätningen 2026",
        LocalDate.of(2026, 3, 1),
        LocalDate.of(2026, 3, 31),
        questions);
  }

  public static Response ntuAnswer(Question ntu, String area, String value) {
    return new Response(
        area, AgeBand.FROM_30_TO_49, Gender.WOMAN, "web", Map.of(ntu.id(), List.of(value)));
  }

  /**
   * {@code count} random responses to {@code round}: areas A to E (and none now and then), every
   * background (and none now and then), every question answered or skipped.
   */
  public static List<Response> random(Round round, int count, long seed) {
    Random random = new Random(seed);
    String[] areas = {"A", "B", "C", "D", "E"};
    List<Response> responses = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      Map<UUID, List<String>> answers = new HashMap<>();
      for (Question q : round.questions()) {
        if (random.nextInt(10) == 0) {
          continue;
        }
        switch (q.kind()) {
          case NUMBER -> answers.put(q.id(), List.of(Integer.toString(random.nextInt(60))));
          case MULTIPLE -> {
            List<String> chosen = new ArrayList<>();
            for (Option o : q.options()) {
              if (random.nextBoolean()) {
                chosen.add(o.value());
              }
            }
            if (!chosen.isEmpty()) {
              answers.put(q.id(), chosen);
            }
          }
          default ->
              answers.put(
                  q.id(), List.of(q.options().get(random.nextInt(q.options().size())).value()));
        }
      }
      responses.add(
          new Response(
              random.nextInt(12) == 0 ? null : areas[random.nextInt(areas.length)],
              random.nextInt(15) == 0
                  ? null
                  : AgeBand.values()[1 + random.nextInt(AgeBand.values().length - 1)],
              random.nextInt(15) == 0 ? null : Gender.values()[random.nextInt(3)],
              random.nextInt(5) == 0 ? "paper" : "web",
              answers));
    }
    return responses;
  }
}
