package se.trygghetsdialog.opinion.clustering;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.commons.math3.exception.MaxCountExceededException;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.linear.SingularValueDecomposition;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SparsePcaTest {

  private static final OpinionConfig CONFIG = OpinionConfig.defaults();

  /**
   * Reference top eigenpairs of {@code XcᵀXc} in descending order, from commons-math: the symmetric
   * eigendecomposition of the dense Gram matrix, or (when that does not converge on a
   * rank-deficient matrix) the singular value decomposition of {@code Xc}.
   */
  private static double[][] reference(VoteMatrix x) {
    double[][] xc = TestMatrices.denseCentred(x);
    RealMatrix a = new Array2DRowRealMatrix(xc, false);
    try {
      RealMatrix c = a.transpose().multiply(a);
      EigenDecomposition eig = new EigenDecomposition(c);
      double[] values = eig.getRealEigenvalues();
      Integer[] order = new Integer[values.length];
      for (int i = 0; i < order.length; i++) {
        order[i] = i;
      }
      java.util.Arrays.sort(order, (p, q) -> Double.compare(values[q], values[p]));
      RealVector v1 = eig.getEigenvector(order[0]);
      RealVector v2 = eig.getEigenvector(order[1]);
      return new double[][] {
        {values[order[0]], values[order[1]], values[order[2]]}, v1.toArray(), v2.toArray()
      };
    } catch (MaxCountExceededException e) {
      SingularValueDecomposition svd = new SingularValueDecomposition(a);
      double[] s = svd.getSingularValues();
      RealMatrix v = svd.getV();
      return new double[][] {
        {s[0] * s[0], s[1] * s[1], s[2] * s[2]}, v.getColumn(0), v.getColumn(1)
      };
    }
  }

  private static double cos(double[] a, double[] b) {
    return Math.abs(SparsePca.dot(a, b)) / (SparsePca.norm(a) * SparsePca.norm(b));
  }

  @ParameterizedTest(name = "{0}x{1} at density {2}")
  @CsvSource({"200, 40, 0.3, 1", "500, 120, 0.1, 2", "80, 300, 0.5, 3", "1000, 60, 0.05, 4"})
  void agreesWithAnIndependentEigensolver(int n, int m, double density, long seed) {
    VoteMatrix x = TestMatrices.random(n, m, density, seed, null);
    double[][] ref = reference(x);
    PcaResult pca = SparsePca.compute(x, CONFIG, null);

    assertThat(pca.converged()).isTrue();
    assertThat(Math.abs(pca.eigenvalue1() - ref[0][0]) / ref[0][0]).isLessThan(1e-8);
    assertThat(Math.abs(pca.eigenvalue2() - ref[0][1]) / ref[0][1]).isLessThan(1e-8);
    double gap1 = ref[0][1] / ref[0][0];
    double gap2 = ref[0][2] / ref[0][1];
    if (gap1 < 0.9 && gap2 < 0.9) {
      assertThat(cos(pca.pc1(), ref[1])).isGreaterThan(1 - 1e-9);
      assertThat(cos(pca.pc2(), ref[2])).isGreaterThan(1 - 1e-9);
    } else {
      // Small eigengap: compare the spanned subspace.
      double c11 = SparsePca.dot(pca.pc1(), ref[1]);
      double c12 = SparsePca.dot(pca.pc1(), ref[2]);
      double c21 = SparsePca.dot(pca.pc2(), ref[1]);
      double c22 = SparsePca.dot(pca.pc2(), ref[2]);
      assertThat(c11 * c11 + c12 * c12).isGreaterThan(1 - 1e-9);
      assertThat(c21 * c21 + c22 * c22).isGreaterThan(1 - 1e-9);
    }
  }

  @Test
  void convergesOnATinyEigengap() {
    SyntheticConversation.Planted p = SyntheticConversation.generate(3000, 80, 0.3, 5, 0.1, 11);
    double[][] ref = reference(p.matrix());
    assertThat(ref[0][1] / ref[0][0]).as("eigenvalue ratio").isGreaterThan(0.95);
    PcaResult pca = SparsePca.compute(p.matrix(), CONFIG, null);
    assertThat(pca.converged()).isTrue();
    assertThat(Math.abs(pca.eigenvalue1() - ref[0][0]) / ref[0][0]).isLessThan(1e-8);
    assertThat(Math.abs(pca.eigenvalue2() - ref[0][1]) / ref[0][1]).isLessThan(1e-8);
  }

  @Test
  void producesOrthonormalComponents() {
    PcaResult pca = SparsePca.compute(TestMatrices.random(300, 50, 0.2, 5, null), CONFIG, null);
    assertThat(SparsePca.norm(pca.pc1()))
        .isCloseTo(1, org.assertj.core.api.Assertions.within(1e-12));
    assertThat(SparsePca.norm(pca.pc2()))
        .isCloseTo(1, org.assertj.core.api.Assertions.within(1e-12));
    assertThat(Math.abs(SparsePca.dot(pca.pc1(), pca.pc2()))).isLessThan(1e-12);
  }

  @Nested
  class Determinism {
    @Test
    void givesBitIdenticalResultsRegardlessOfThreadCount() {
      VoteMatrix x = TestMatrices.random(5000, 40, 0.2, 7, null);
      PcaResult one = SparsePca.compute(x, CONFIG.withThreads(1), null);
      PcaResult two = SparsePca.compute(x, CONFIG.withThreads(2), null);
      assertThat(two.pc1()).containsExactly(one.pc1());
      assertThat(two.pc2()).containsExactly(one.pc2());
    }

    @Test
    void makesTheLargestLoadingPositiveOnAColdStart() {
      PcaResult pca = SparsePca.compute(TestMatrices.random(300, 50, 0.2, 8, null), CONFIG, null);
      for (double[] v : new double[][] {pca.pc1(), pca.pc2()}) {
        int best = 0;
        for (int j = 1; j < v.length; j++) {
          if (Math.abs(v[j]) > Math.abs(v[best])) {
            best = j;
          }
        }
        assertThat(v[best]).isPositive();
      }
    }

    @Test
    void alignsSignsWithThePreviousComponentsOnAWarmStart() {
      VoteMatrix x = TestMatrices.random(300, 50, 0.2, 9, null);
      PcaResult cold = SparsePca.compute(x, CONFIG, null);
      double[] flipped1 = cold.pc1().clone();
      for (int j = 0; j < flipped1.length; j++) {
        flipped1[j] = -flipped1[j];
      }
      PcaResult warm = SparsePca.compute(x, CONFIG, new double[][] {flipped1, cold.pc2()});
      assertThat(SparsePca.dot(warm.pc1(), flipped1)).isGreaterThan(0.999);
      assertThat(SparsePca.dot(warm.pc2(), cold.pc2())).isGreaterThan(0.999);
    }

    @Test
    void warmStartAfterOnePercentMoreVotesStaysCloseToTheExactComponents() {
      SyntheticConversation.Planted p = SyntheticConversation.generate(4000, 200, 0.2, 3, 1.0, 21);
      VoteMatrix before = SyntheticConversation.withoutFraction(p.matrix(), 0.01, 5);
      PcaResult previous = SparsePca.compute(before, CONFIG, null);
      PcaResult exact = SparsePca.compute(p.matrix(), CONFIG, null);
      PcaResult warm = SparsePca.compute(p.matrix(), CONFIG, previous.ritzBasis());
      assertThat(cos(warm.pc1(), exact.pc1())).isGreaterThan(1 - 1e-7);
      assertThat(cos(warm.pc2(), exact.pc2())).isGreaterThan(1 - 1e-7);
      assertThat(warm.blockProducts()).isLessThan(exact.blockProducts());
    }

    @Test
    void convergesImmediatelyFromItsOwnResult() {
      VoteMatrix x = TestMatrices.random(400, 60, 0.2, 10, null);
      PcaResult cold = SparsePca.compute(x, CONFIG, null);
      PcaResult warm = SparsePca.compute(x, CONFIG, cold.ritzBasis());
      assertThat(warm.blockProducts()).isLessThan(cold.blockProducts());
      assertThat(cos(warm.pc1(), cold.pc1())).isGreaterThan(1 - 1e-12);
    }
  }

  @Test
  void ignoresExcludedStatements() {
    boolean[] excluded = new boolean[30];
    excluded[3] = true;
    excluded[17] = true;
    VoteMatrix x = TestMatrices.random(200, 30, 0.4, 12, excluded);
    PcaResult pca = SparsePca.compute(x, CONFIG, null);
    assertThat(pca.pc1()[3]).isZero();
    assertThat(pca.pc2()[17]).isZero();
    assertThat(pca.centre()[3]).isZero();
    double[][] ref = reference(x);
    assertThat(Math.abs(pca.eigenvalue1() - ref[0][0]) / ref[0][0]).isLessThan(1e-8);
  }

  @Test
  void returnsZeroComponentsForDegenerateShapes() {
    VoteMatrix one = TestMatrices.random(1, 10, 1.0, 1, null);
    PcaResult pca = SparsePca.compute(one, CONFIG, null);
    assertThat(pca.pc1()).containsOnly(0.0);
  }
}
