package se.trygghetsdialog.opinion.clustering;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * Eigen-decomposition of a small dense symmetric matrix by cyclic Jacobi rotations. Used for the
 * Rayleigh–Ritz step of the sparse PCA, where the matrix is at most a few dozen rows.
 */
@RequiredArgsConstructor(access = AccessLevel.PRIVATE)
final class SymmetricEigen {

  /** Eigenvalues in descending order. */
  final double[] values;

  /** {@code vectors[k]} is the unit eigenvector of {@code values[k]}. */
  final double[][] vectors;

  /** Decomposes {@code a} (only read, must be symmetric). */
  static SymmetricEigen of(double[][] a) {
    int n = a.length;
    double[][] s = new double[n][];
    for (int i = 0; i < n; i++) {
      s[i] = a[i].clone();
    }
    double[][] v = new double[n][n];
    for (int i = 0; i < n; i++) {
      v[i][i] = 1;
    }
    for (int sweep = 0; sweep < 100; sweep++) {
      double off = 0;
      double diag = 0;
      for (int i = 0; i < n; i++) {
        diag += s[i][i] * s[i][i];
        for (int j = i + 1; j < n; j++) {
          off += s[i][j] * s[i][j];
        }
      }
      if (off <= 1e-32 * diag || off == 0) {
        break;
      }
      for (int p = 0; p < n; p++) {
        for (int q = p + 1; q < n; q++) {
          double apq = s[p][q];
          if (apq == 0) {
            continue;
          }
          double theta = (s[q][q] - s[p][p]) / (2 * apq);
          double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
          if (theta == 0) {
            t = 1;
          }
          double c = 1 / Math.sqrt(t * t + 1);
          double sn = t * c;
          for (int k = 0; k < n; k++) {
            double skp = s[k][p];
            double skq = s[k][q];
            s[k][p] = c * skp - sn * skq;
            s[k][q] = sn * skp + c * skq;
          }
          for (int k = 0; k < n; k++) {
            double spk = s[p][k];
            double sqk = s[q][k];
            s[p][k] = c * spk - sn * sqk;
            s[q][k] = sn * spk + c * sqk;
          }
          for (int k = 0; k < n; k++) {
            double vkp = v[k][p];
            double vkq = v[k][q];
            v[k][p] = c * vkp - sn * vkq;
            v[k][q] = sn * vkp + c * vkq;
          }
        }
      }
    }
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, (x, y) -> Double.compare(s[y][y], s[x][x]));
    double[] values = new double[n];
    double[][] vectors = new double[n][n];
    for (int k = 0; k < n; k++) {
      values[k] = s[order[k]][order[k]];
      for (int i = 0; i < n; i++) {
        vectors[k][i] = v[i][order[k]];
      }
    }
    return new SymmetricEigen(values, vectors);
  }
}
