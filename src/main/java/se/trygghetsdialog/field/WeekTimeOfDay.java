package se.trygghetsdialog.field;

/** The parts of a day the weekly lägesbild counts in: dag 06–17, kväll 17–22, natt 22–06. */
public enum WeekTimeOfDay {
  DAY,
  EVENING,
  NIGHT
}
