package se.trygghetsdialog.shared;

/**
 * Gender as counted in statistics: a place reporter's voluntary answer, the people a dialogue team
 * met. Population statistics (SCB) know women and men only; {@link #OTHER} has no population
 * figure.
 */
public enum Gender {
  WOMAN,
  MAN,
  OTHER
}
