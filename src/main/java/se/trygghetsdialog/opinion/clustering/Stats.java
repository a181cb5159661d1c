package se.trygghetsdialog.opinion.clustering;

/** The small statistics used by representativeness, consensus and priorities (§1.8–1.10). */
public final class Stats {

  private Stats() {}

  /** Beta(1,1)-smoothed proportion {@code (successes + 1) / (trials + 2)}. */
  public static double pseudoProportion(long successes, long trials) {
    return (successes + 1.0) / (trials + 2.0);
  }

  /** One-proportion z: {@code 2·sqrt(n+1)·((s+1)/(n+1) − 0.5)}. */
  public static double proportionZ(long s, long n) {
    return 2 * Math.sqrt(n + 1.0) * ((s + 1.0) / (n + 1.0) - 0.5);
  }

  /**
   * Two-proportion z with one pseudo-count added to each of {@code s1, s2, n1, n2}; 0 when the
   * pooled proportion is 1.
   */
  public static double twoProportionZ(long s1, long s2, long n1, long n2) {
    double a1 = s1 + 1.0;
    double a2 = s2 + 1.0;
    double m1 = n1 + 1.0;
    double m2 = n2 + 1.0;
    double p1 = a1 / m1;
    double p2 = a2 / m2;
    double pooled = (a1 + a2) / (m1 + m2);
    if (pooled == 1) {
      return 0;
    }
    return (p1 - p2) / Math.sqrt(pooled * (1 - pooled) * (1 / m1 + 1 / m2));
  }
}
