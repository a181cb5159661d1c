/**
 * Population statistics per area, age band and sex, by year: what a dialogue's participation is
 * measured against. An administrator imports SCB's tables by kommun and by DeSO as CSV or as PxWeb
 * JSON-stat2 ({@link se.trygghetsdialog.population.PopulationFile}); a file is checked whole and
 * refused whole, naming the file and the line. Region codes match the municipality's kommun code or
 * an area's official code (set with the figures). The demo ships illustrative figures, labelled as
 * such.
 *
 * <p>API: {@link se.trygghetsdialog.population.Population} (queries) and the action {@link
 * se.trygghetsdialog.population.ImportPopulation}; the event {@link
 * se.trygghetsdialog.population.PopulationImported}.
 */
@ApplicationModule(displayName = "Population statistics")
@NullMarked
package se.trygghetsdialog.population;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
