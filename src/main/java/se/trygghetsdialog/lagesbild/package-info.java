/**
 * The statutory lägesbild of lag (2023:196) §4: crime statistics imported from CSV (part 1), other
 * relevant information that other modules supply as facts (part 2), the analysis and the identified
 * problems (part 3), a draft that the safety coordinator edits and adopted versions that stay as
 * they were, shown publicly in HTML and as a tagged PDF. Identified problems are inputs of the
 * measure register: measures link to them by reference.
 *
 * <p>API: {@link se.trygghetsdialog.lagesbild.Lagesbilder} (queries), the value types ({@link
 * se.trygghetsdialog.lagesbild.Lagesbild}, {@link se.trygghetsdialog.lagesbild.LagesbildVersion},
 * {@link se.trygghetsdialog.lagesbild.LagesbildProblem}, {@link
 * se.trygghetsdialog.lagesbild.CrimeStatistic}, ...), {@link
 * se.trygghetsdialog.lagesbild.LagesbildPolicy}, the actions {@link
 * se.trygghetsdialog.lagesbild.ImportCrimeStatistics}, {@link
 * se.trygghetsdialog.lagesbild.EditLagesbild}, {@link
 * se.trygghetsdialog.lagesbild.IdentifyLagesbildProblem} and {@link
 * se.trygghetsdialog.lagesbild.AdoptLagesbild}, and the extension point {@link
 * se.trygghetsdialog.lagesbild.LagesbildSource} with its {@link
 * se.trygghetsdialog.lagesbild.LagesbildFact}: a module with relevant public facts (place, field,
 * walk; dialogues from inside this module) supplies part 2.
 *
 * <p>Events: {@link se.trygghetsdialog.lagesbild.CrimeStatisticsImported} and {@link
 * se.trygghetsdialog.lagesbild.LagesbildAdopted}. It depends on the measure module (problems are
 * measure inputs: it implements measure.InputResolver for them, and its pages show the linked
 * measures); the measure module knows nothing of it.
 *
 * <p>Tables: crime_statistic, lagesbild_draft, lagesbild_problem, lagesbild_version,
 * lagesbild_version_crime, lagesbild_version_fact, lagesbild_version_fact_row and
 * lagesbild_version_problem, created by migrations in db/migration/measure.
 */
@ApplicationModule(displayName = "Lägesbild")
@NullMarked
package se.trygghetsdialog.lagesbild;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
