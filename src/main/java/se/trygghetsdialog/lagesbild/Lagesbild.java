package se.trygghetsdialog.lagesbild;

import java.time.LocalDate;
import java.util.Set;

/**
 * The draft of the lägesbild (lag 2023:196 §4) the safety coordinator edits: the free texts of the
 * three parts and which facts of "annan relevant information" to include. Crime statistics and
 * identified problems are kept apart and copied into a version on adoption.
 *
 * @param factsFrom start of the period the facts of part 2 cover
 * @param revision increases with every save; a stale form is refused
 */
public record Lagesbild(
    String title,
    String crimeText,
    String otherText,
    String analysisText,
    LocalDate factsFrom,
    LocalDate factsTo,
    Set<String> chosenFacts,
    int revision) {}
