package se.trygghetsdialog.survey.results;

/**
 * A share: {@code hits} of {@code n} answers, with its 95 % Wilson score interval. For a weighted
 * share, {@code n} is the effective number of answers (Kish) and {@code hits} the weighted hits
 * scaled to it, so the interval widens with the spread of the weights.
 *
 * @param hits the answers counted (for example otrygga)
 * @param n the valid answers the share is of
 */
public record Proportion(double hits, double n) {

  /** The normal quantile of a two-sided 95 % interval. */
  public static final double Z95 = 1.959963984540054;

  public Proportion {
    if (n < 0 || hits < 0 || hits > n + 1e-9) {
      throw new IllegalArgumentException("hits must lie between 0 and n");
    }
  }

  /** Whether there is any answer to take a share of. */
  public boolean defined() {
    return n > 0;
  }

  /** The share, 0 when there are no answers. */
  public double share() {
    return n > 0 ? hits / n : 0;
  }

  /** The lower end of the 95 % Wilson score interval. */
  public double lower() {
    return wilson(-1);
  }

  /** The upper end of the 95 % Wilson score interval. */
  public double upper() {
    return wilson(1);
  }

  private double wilson(int sign) {
    if (n <= 0) {
      return 0;
    }
    double p = share();
    double z2 = Z95 * Z95;
    double centre = p + z2 / (2 * n);
    double spread = Z95 * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
    double bound = (centre + sign * spread) / (1 + z2 / n);
    // Rounding can put the bound a hair on the wrong side of the share (about 1e-17 when no answer
    // or every answer is a hit); the interval always contains the share.
    return sign < 0 ? Math.min(p, Math.max(0, bound)) : Math.max(p, Math.min(1, bound));
  }
}
