package se.trygghetsdialog.place;

/** When the place feels as reported: dag, kväll, natt. */
public enum TimeOfDay {
  DAY,
  EVENING,
  NIGHT
}
