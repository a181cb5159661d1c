package se.trygghetsdialog.survey.results;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import se.trygghetsdialog.shared.AgeBand;
import se.trygghetsdialog.shared.Gender;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.Language;

/**
 * What the results of a survey round need: its closed questions and its answers counted. The survey
 * module implements it over its tables; the results (indicators, suppression, weighting) read only
 * this.
 */
public interface SurveyResultsSource {

  /** A round of a survey, with its closed questions in the order asked. */
  record Round(
      UUID id, String title, LocalDate opens, LocalDate closes, List<Question> questions) {}

  /**
   * One closed question in one version. {@code code} is the question bank's stable code; the
   * NTU-style headline item has the code {@link #NTU_CODE}. {@code swedishOnly}: the text and the
   * option labels are the Swedish ones on a page in another language (the question is not, or not
   * wholly, translated into it).
   */
  record Question(
      UUID id,
      int version,
      String code,
      String text,
      Kind kind,
      List<Option> options,
      boolean swedishOnly) {

    /** A question in the page's language. */
    public Question(
        UUID id, int version, String code, String text, Kind kind, List<Option> options) {
      this(id, version, code, text, kind, options, false);
    }
  }

  /** The kinds of question whose answers are counted. */
  enum Kind {
    SINGLE,
    MULTIPLE,
    LIKERT,
    NUMBER
  }

  /** One option, its stored value and its label in the round's language. */
  record Option(String value, String label) {}

  /**
   * One response, as tests and the benchmark make them ({@link Tally#of} counts them): background
   * (null when not given), the channel (web, paper, ...), and per question id the values chosen
   * (one for SINGLE and LIKERT, any number for MULTIPLE, the number as text for NUMBER; a question
   * not answered is absent).
   */
  record Response(
      String areaCode,
      AgeBand ageBand,
      Gender gender,
      String channel,
      Map<UUID, List<String>> answers) {}

  /** The question bank code of the NTU-style headline item. */
  String NTU_CODE = "ntu-trygghet-kvall";

  /** The option values of the NTU-style headline item, in order. */
  List<String> NTU_VALUES =
      List.of(
          "mycket-trygg",
          "ganska-trygg",
          "ganska-otrygg",
          "mycket-otrygg",
          "gar-ej-ut-oro",
          "gar-ej-ut-annat");

  /** The round in Swedish, if it belongs to the municipality. */
  Optional<Round> round(MunicipalityId municipality, UUID roundId);

  /**
   * The round with its questions in {@code language} where they are translated, if it belongs to
   * the municipality. By default every question stays in Swedish, marked as such on a page in
   * another language.
   */
  default Optional<Round> round(MunicipalityId municipality, UUID roundId, Language language) {
    boolean swedish = "sv".equals(language.locale().getLanguage());
    return round(municipality, roundId)
        .map(
            r ->
                swedish
                    ? r
                    : new Round(
                        r.id(),
                        r.title(),
                        r.opens(),
                        r.closes(),
                        r.questions().stream()
                            .map(
                                q ->
                                    new Question(
                                        q.id(),
                                        q.version(),
                                        q.code(),
                                        q.text(),
                                        q.kind(),
                                        q.options(),
                                        true))
                            .toList()));
  }

  /**
   * The round's answers to {@code questions} (some of its closed questions) counted per stratum and
   * set of values, with all its respondents per stratum; answers screening flagged are left out.
   * Empty when the round is not the municipality's.
   */
  Tally tally(MunicipalityId municipality, UUID roundId, List<Question> questions);
}
