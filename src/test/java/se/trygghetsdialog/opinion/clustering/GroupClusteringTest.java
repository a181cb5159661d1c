package se.trygghetsdialog.opinion.clustering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class GroupClusteringTest {

  @Nested
  class CandidateK {
    @Test
    void allowsOnlyTwoBelowTwelveBaseClusters() {
      assertThat(GroupClustering.maxCandidateK(11, 5)).isEqualTo(2);
      assertThat(GroupClustering.maxCandidateK(12, 5)).isEqualTo(3);
      assertThat(GroupClustering.maxCandidateK(35, 5)).isEqualTo(4);
      assertThat(GroupClustering.maxCandidateK(36, 5)).isEqualTo(5);
      assertThat(GroupClustering.maxCandidateK(100, 5)).isEqualTo(5);
    }
  }

  @Nested
  class Silhouette {
    @Test
    void scoresSingletonClustersAsZero() {
      double[] x = {0, 10};
      double[] y = {0, 0};
      assertThat(GroupClustering.silhouette(x, y, new int[] {0, 1}, 2)).isZero();
    }

    @Test
    void followsTheDefinitionOnAHandExample() {
      double[] x = {0, 1, 5};
      double[] y = {0, 0, 0};
      int[] label = {0, 0, 1};
      // point 0: a=1, b=5 → 0.8; point 1: a=1, b=4 → 0.75; point 2: singleton → 0
      assertThat(GroupClustering.silhouette(x, y, label, 2))
          .isCloseTo((0.8 + 0.75) / 3, within(1e-12));
    }
  }

  @Nested
  class Smoother {
    final Set<Integer> ks = Set.of(2, 3, 4, 5);

    @Test
    void publishesTheFirstBestKImmediately() {
      assertThat(GroupClustering.Smoother.initial().next(3, 4, ks).smoothedK()).isEqualTo(3);
    }

    @Test
    void switchesOnlyAfterTheNewKWinsFourTimesInARow() {
      GroupClustering.Smoother s = GroupClustering.Smoother.initial().next(2, 4, ks);
      s = s.next(3, 4, ks);
      assertThat(s.smoothedK()).isEqualTo(2);
      s = s.next(3, 4, ks).next(3, 4, ks);
      assertThat(s.smoothedK()).isEqualTo(2);
      s = s.next(3, 4, ks);
      assertThat(s.lastKCount()).isEqualTo(4);
      assertThat(s.smoothedK()).isEqualTo(3);
    }

    @Test
    void resetsTheCountWhenTheBestKChanges() {
      GroupClustering.Smoother s =
          GroupClustering.Smoother.initial().next(2, 4, ks).next(3, 4, ks).next(3, 4, ks);
      s = s.next(4, 4, ks);
      assertThat(s.lastKCount()).isEqualTo(1);
      assertThat(s.smoothedK()).isEqualTo(2);
    }

    @Test
    void replacesAStaleSmoothedKThatIsNoLongerACandidate() {
      GroupClustering.Smoother s = new GroupClustering.Smoother(5, 1, 5);
      assertThat(s.next(2, 4, Set.of(2)).smoothedK()).isEqualTo(2);
    }
  }

  @Test
  void findsTwoWellSeparatedGroupsOfBaseClusters() {
    double[] x = new double[40];
    double[] y = new double[40];
    double[] w = new double[40];
    for (int i = 0; i < 40; i++) {
      x[i] = (i < 20 ? -5 : 5) + 0.01 * i;
      y[i] = 0.02 * (i % 7);
      w[i] = 1 + i % 3;
    }
    GroupClustering.Outcome o =
        GroupClustering.cluster(
            x, y, w, Map.of(), GroupClustering.Smoother.initial(), OpinionConfig.defaults());
    assertThat(o.chosenK()).isEqualTo(2);
    int[] a = o.groups().assignment();
    for (int i = 0; i < 40; i++) {
      assertThat(a[i]).isEqualTo(a[i < 20 ? 0 : 39]);
    }
    assertThat(a[0]).isNotEqualTo(a[39]);
  }

  @Test
  void setsAFarOutlierAsideInsteadOfMakingItAGroup() {
    // Two groups of 200 participants in 20 base clusters each, and one participant far away: the
    // farthest-point start and the inertia both favour isolating that one participant.
    double[] x = new double[41];
    double[] y = new double[41];
    double[] w = new double[41];
    for (int i = 0; i < 40; i++) {
      x[i] = (i < 20 ? -5 : 5) + 0.01 * i;
      y[i] = 0.02 * (i % 7);
      w[i] = 10;
    }
    x[40] = 0.5;
    y[40] = 200;
    w[40] = 1;
    GroupClustering.Outcome o =
        GroupClustering.cluster(
            x, y, w, Map.of(), GroupClustering.Smoother.initial(), OpinionConfig.defaults());

    assertThat(o.chosenK()).isEqualTo(2);
    double min = OpinionConfig.defaults().minGroupWeight(401);
    for (double v : o.groups().weight()) {
      assertThat(v).isGreaterThanOrEqualTo(min);
    }
    int[] a = o.groups().assignment();
    for (int i = 0; i < 40; i++) {
      assertThat(a[i]).isEqualTo(a[i < 20 ? 0 : 39]);
    }
    assertThat(a[0]).isNotEqualTo(a[39]);
  }

  @Test
  void refusesAKForWhichNoClusteringHasGroupsOfTheMinimumSize() {
    double[] x = {0, 10};
    double[] y = {0, 0};
    double[] w = {2, 2};
    GroupClustering.Outcome o =
        GroupClustering.cluster(
            x, y, w, Map.of(), GroupClustering.Smoother.initial(), OpinionConfig.defaults());
    assertThat(o.chosenK()).isEqualTo(1);
    assertThat(o.groups().assignment()).containsExactly(0, 0);
  }
}
