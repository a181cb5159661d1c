package se.trygghetsdialog.lagesbild;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import se.trygghetsdialog.measure.AdoptedVersion;
import se.trygghetsdialog.measure.AdoptionDecision;

/**
 * One adopted version of the lägesbild: a frozen copy of the texts, the crime statistics, the
 * chosen facts and the identified problems as they were on adoption, with the decision.
 *
 * @param factsLanguage the language the facts of part 2 are worded in: sv as adopted, or en when
 *     read on an English page ({@link Lagesbilder#readIn})
 */
public record LagesbildVersion(
    UUID id,
    int versionNumber,
    String title,
    String crimeText,
    String otherText,
    String analysisText,
    LocalDate factsFrom,
    LocalDate factsTo,
    AdoptionDecision decision,
    List<CrimeStatistic> crime,
    List<LagesbildFact> facts,
    List<LagesbildProblem> problems,
    String factsLanguage)
    implements AdoptedVersion {

  /**
   * A version with the texts of this draft (its chosen facts and revision are not kept: the facts
   * are given).
   */
  static LagesbildVersion of(
      UUID id,
      int versionNumber,
      Lagesbild texts,
      AdoptionDecision decision,
      List<CrimeStatistic> crime,
      List<LagesbildFact> facts,
      List<LagesbildProblem> problems,
      String factsLanguage) {
    return new LagesbildVersion(
        id,
        versionNumber,
        texts.title(),
        texts.crimeText(),
        texts.otherText(),
        texts.analysisText(),
        texts.factsFrom(),
        texts.factsTo(),
        decision,
        crime,
        facts,
        problems,
        factsLanguage);
  }

  /** The same version with the facts of part 2 worded in another language. */
  public LagesbildVersion withFacts(List<LagesbildFact> translated, String language) {
    return withParts(crime, translated, problems, language);
  }

  /** The same decision and texts with these statistics, facts and problems. */
  LagesbildVersion withParts(
      List<CrimeStatistic> crime,
      List<LagesbildFact> facts,
      List<LagesbildProblem> problems,
      String factsLanguage) {
    return of(id, versionNumber, asDraft(), decision, crime, facts, problems, factsLanguage);
  }

  /** A new draft holding this version's texts and the facts it chose. */
  Lagesbild asDraft() {
    return new Lagesbild(
        title,
        crimeText,
        otherText,
        analysisText,
        factsFrom,
        factsTo,
        new LinkedHashSet<>(facts.stream().map(LagesbildFact::key).toList()),
        0);
  }

  /** The crime statistics as one table per kind of period (years, quarters, months). */
  public List<CrimeStatisticsTable> crimeTables() {
    return CrimeStatisticsTable.of(crime);
  }
}
