package se.trygghetsdialog.dialogue.web;

import java.util.List;
import org.jspecify.annotations.Nullable;
import se.trygghetsdialog.population.PopulationTable;
import se.trygghetsdialog.shared.AgeBand;
import se.trygghetsdialog.shared.Gender;

/**
 * The population figures the charter page shows beside the target groups, so the team states them
 * against real figures.
 *
 * @param table the newest figures for the dialogue’s area, else for the whole municipality; null
 *     when no statistics are imported
 * @param areaName the dialogue’s area; empty when it has none
 * @param forArea whether the table is the area’s own (false: the whole municipality)
 */
public record CharterPopulation(@Nullable PopulationTable table, String areaName, boolean forArea) {

  /** The age bands, in order, as the table’s rows. */
  public List<AgeBand> ageBands() {
    return List.of(AgeBand.values());
  }

  /** The sexes the statistics count, as the table’s columns. */
  public List<Gender> genders() {
    return List.of(Gender.WOMAN, Gender.MAN);
  }

  /** Whether the dialogue has an area the statistics have no figures for. */
  public boolean areaWithoutFigures() {
    return table != null && !areaName.isEmpty() && !forArea;
  }
}
