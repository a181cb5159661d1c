package se.trygghetsdialog.opinion.clustering;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KMeansTest {

  @Test
  void initialisesWithTheFirstDistinctPoints() {
    double[] x = {1, 1, 2, 3, 2};
    double[] y = {0, 0, 0, 0, 0};
    double[][] c = KMeans.firstDistinct(x, y, 3);
    assertThat(c[0]).containsExactly(1, 2, 3);
    assertThat(KMeans.firstDistinct(x, y, 10)[0]).hasSize(3);
  }

  @Test
  void dropsEmptyClustersAndKeepsIdsStable() {
    double[] x = {0, 0.1, 10, 10.1};
    double[] y = {0, 0, 0, 0};
    // Centre with id 7 attracts nobody.
    KMeans.Result r =
        KMeans.run(
            x,
            y,
            null,
            new int[] {3, 7, 9},
            new double[] {0, 100, 10},
            new double[] {0, 100, 0},
            null,
            10,
            0.01,
            null);
    assertThat(r.ids()).containsExactly(3, 9);
    assertThat(r.assignment()).containsExactly(0, 0, 1, 1);
    assertThat(r.cx()[0]).isEqualTo(0.05);
  }

  @Test
  void usesWeightedMeans() {
    KMeans.Result r =
        KMeans.run(
            new double[] {0, 1},
            new double[] {0, 0},
            new double[] {1, 3},
            new int[] {0},
            new double[] {0},
            new double[] {0},
            null,
            5,
            0.0,
            null);
    assertThat(r.cx()[0]).isEqualTo(0.75);
    assertThat(r.weight()[0]).isEqualTo(4);
  }

  @Test
  void aNearestCentreHintDoesNotChangeTheResult() {
    java.util.SplittableRandom rnd = new java.util.SplittableRandom(5);
    int n = 10_000;
    double[] x = new double[n];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = rnd.nextGaussian() + (i % 3) * 4;
      y[i] = rnd.nextGaussian();
    }
    double[][] init = KMeans.firstDistinct(x, y, 40);
    int[] ids = new int[40];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = i;
    }
    KMeans.Result plain =
        KMeans.run(x, y, null, ids, init[0], init[1], null, 101, 0.01, new Workers(2));
    int[] hint = new int[n];
    for (int i = 0; i < n; i++) {
      // A mix of right, wrong and missing hints.
      hint[i] = i % 5 == 0 ? -1 : i % 7 == 0 ? i % 40 : plain.assignment()[i];
    }
    KMeans.Result hinted =
        KMeans.run(x, y, null, ids, init[0], init[1], hint, 101, 0.01, new Workers(2));
    assertThat(hinted.ids()).containsExactly(plain.ids());
    assertThat(hinted.cx()).containsExactly(plain.cx());
    assertThat(hinted.assignment()).containsExactly(plain.assignment());
  }

  @Test
  void givesTheSameClustersSequentiallyAndInParallel() {
    java.util.SplittableRandom rnd = new java.util.SplittableRandom(3);
    int n = 20_000;
    double[] x = new double[n];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = rnd.nextGaussian() + (i % 3) * 4;
      y[i] = rnd.nextGaussian();
    }
    OpinionConfig c = OpinionConfig.defaults();
    KMeans.Result one;
    KMeans.Result two;
    try (Workers w = new Workers(1)) {
      one = BaseClustering.cluster(x, y, null, c, w);
    }
    try (Workers w = new Workers(2)) {
      two = BaseClustering.cluster(x, y, null, c, w);
    }
    assertThat(two.ids()).containsExactly(one.ids());
    assertThat(two.cx()).containsExactly(one.cx());
    assertThat(one.size()).isEqualTo(100);
  }

  @Test
  void warmStartKeepsIdsAndSplitsOffDistantPointsWithNewIds() {
    double[] x = {0, 0.1, 5, 5.1, 50};
    double[] y = {0, 0, 0, 0, 0};
    int[] previous = {4, 4, 8, 8, -1};
    double[][] start = BaseClustering.warmStart(x, y, previous, 3);
    assertThat(start[2]).containsExactly(4, 8, 9);
    assertThat(start[0]).containsExactly(0.05, 5.05, 50);
  }

  @Test
  void warmStartMergesClustersWithEqualCentresUnderTheLargerId() {
    double[] x = {1, 1, 1, 7};
    double[] y = {0, 0, 0, 0};
    int[] previous = {2, 5, 5, 6};
    double[][] start = BaseClustering.warmStart(x, y, previous, 2);
    assertThat(start[2]).containsExactly(5, 6);
  }
}
