package se.trygghetsdialog.shared;

/**
 * The age bands the product counts people in: a place reporter's voluntary answer, the people a
 * dialogue team met, and population statistics (SCB's one-year classes are summed into these
 * bands).
 */
public enum AgeBand {
  UNDER_18(0, 17),
  FROM_18_TO_29(18, 29),
  FROM_30_TO_49(30, 49),
  FROM_50_TO_64(50, 64),
  FROM_65(65, Integer.MAX_VALUE);

  private final int from;
  private final int to;

  AgeBand(int from, int to) {
    this.from = from;
    this.to = to;
  }

  /** The band of a person aged {@code years} (negative ages are refused). */
  public static AgeBand of(int years) {
    if (years < 0) {
      throw new IllegalArgumentException("negative age");
    }
    for (AgeBand band : values()) {
      if (years <= band.to) {
        return band;
      }
    }
    return FROM_65;
  }

  /** The first year of age in the band. */
  public int from() {
    return from;
  }

  /** The last year of age in the band; {@link Integer#MAX_VALUE} for the open top band. */
  public int to() {
    return to;
  }
}
