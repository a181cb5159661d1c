package se.trygghetsdialog.opinion.clustering;

/**
 * Participant statistics (§1.8, optional in Polis), per participant row in the 2-D projection:
 * {@code centricness = 1 − ‖p − global centre‖}, {@code coreness = 1 − ‖p − group centre‖} and
 * {@code extremeness = (p − group centre) · unit(group centre − global centre)}. The global centre
 * is the mean position of the clustered participants, a group centre the mean position of its
 * members. Rows that are not clustered get NaN; extremeness is 0 when a group centre is the global
 * centre.
 *
 * @param centricness per row: how close to the centre of all clustered participants
 * @param coreness per row: how close to the centre of the own group
 * @param extremeness per row: how far beyond the own group's centre, away from the global centre
 */
public record ParticipantStats(double[] centricness, double[] coreness, double[] extremeness) {

  /** The statistics of one computed opinion map. */
  public static ParticipantStats of(OpinionResult r) {
    return of(r.projection(), r.group(), r.groupCount());
  }

  /**
   * The statistics for the positions {@code projection} ({@code [x0, y0, x1, y1, …]}) and groups
   * ({@code group[i]} in 0..groupCount−1, or −1 for a participant who is not clustered).
   */
  public static ParticipantStats of(double[] projection, int[] group, int groupCount) {
    int n = group.length;
    double[] gx = new double[groupCount];
    double[] gy = new double[groupCount];
    int[] size = new int[groupCount];
    double cx = 0;
    double cy = 0;
    int clustered = 0;
    for (int i = 0; i < n; i++) {
      int g = group[i];
      if (g >= 0) {
        gx[g] += projection[2 * i];
        gy[g] += projection[2 * i + 1];
        size[g]++;
        cx += projection[2 * i];
        cy += projection[2 * i + 1];
        clustered++;
      }
    }
    if (clustered > 0) {
      cx /= clustered;
      cy /= clustered;
    }
    double[] ux = new double[groupCount];
    double[] uy = new double[groupCount];
    for (int g = 0; g < groupCount; g++) {
      if (size[g] > 0) {
        gx[g] /= size[g];
        gy[g] /= size[g];
      }
      double dx = gx[g] - cx;
      double dy = gy[g] - cy;
      double len = Math.hypot(dx, dy);
      ux[g] = len > 0 ? dx / len : 0;
      uy[g] = len > 0 ? dy / len : 0;
    }
    double[] centricness = new double[n];
    double[] coreness = new double[n];
    double[] extremeness = new double[n];
    for (int i = 0; i < n; i++) {
      int g = group[i];
      if (g < 0) {
        centricness[i] = Double.NaN;
        coreness[i] = Double.NaN;
        extremeness[i] = Double.NaN;
        continue;
      }
      double px = projection[2 * i];
      double py = projection[2 * i + 1];
      centricness[i] = 1 - Math.hypot(px - cx, py - cy);
      coreness[i] = 1 - Math.hypot(px - gx[g], py - gy[g]);
      extremeness[i] = (px - gx[g]) * ux[g] + (py - gy[g]) * uy[g];
    }
    return new ParticipantStats(centricness, coreness, extremeness);
  }
}
