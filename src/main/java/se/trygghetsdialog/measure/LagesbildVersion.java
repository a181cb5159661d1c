package se.trygghetsdialog.measure;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One adopted version of the lägesbild: a frozen copy of the texts, the crime statistics, the
 * chosen facts and the identified problems as they were on adoption, with the decision.
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
    String adoptedBy,
    LocalDate adoptedOn,
    String paragraph,
    String registrationNumber,
    List<CrimeStatistic> crime,
    List<LagesbildFact> facts,
    List<LagesbildProblem> problems) {

  /** The crime statistics as one table per kind of period (years, quarters, months). */
  public List<CrimeStatisticsTable> crimeTables() {
    return CrimeStatisticsTable.of(crime);
  }
}
