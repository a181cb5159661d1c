package se.trygghetsdialog.opinion;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import se.trygghetsdialog.opinion.clustering.OpinionConfig;
import se.trygghetsdialog.opinion.clustering.OpinionEngine;
import se.trygghetsdialog.opinion.clustering.OpinionResult;
import se.trygghetsdialog.opinion.clustering.SyntheticConversation;
import se.trygghetsdialog.opinion.clustering.VoteMatrix;

class OpinionMapsTest {

  static final SyntheticConversation.Planted PLANTED =
      SyntheticConversation.generate(5000, 20, 0.5, 3, 1.0, 1);

  static final OpinionResult RESULT =
      new OpinionEngine(OpinionConfig.defaults().withThreads(1)).compute(PLANTED.matrix());

  @Test
  void theChartNeverGetsMoreThan2000PointsAndTheSampleIsTheSameEveryTime() {
    VoteMatrix x = PLANTED.matrix();
    OpinionMap map = OpinionMaps.of(x, RESULT, OffsetDateTime.now());
    assertThat(map.clustered()).isGreaterThan(OpinionMap.MAX_POINTS);
    assertThat(map.points())
        .hasSizeLessThanOrEqualTo(OpinionMap.MAX_POINTS)
        .hasSizeGreaterThan(1000);
    assertThat(OpinionMaps.of(x, RESULT, OffsetDateTime.now()).points()).isEqualTo(map.points());
  }

  @Test
  void groupsCountTheirMembersAndSurviveTheJsonRoundTrip() {
    OpinionMap map = OpinionMaps.of(PLANTED.matrix(), RESULT, OffsetDateTime.now());
    assertThat(map.groups()).hasSizeGreaterThanOrEqualTo(2);
    assertThat(map.groups().stream().mapToInt(OpinionMap.Group::members).sum())
        .isEqualTo(map.clustered());
    assertThat(map.votes()).isEqualTo(PLANTED.matrix().votes());

    OpinionMaps maps = new OpinionMaps();
    OpinionMap read = maps.read(maps.write(map));
    assertThat(read.groups()).isEqualTo(map.groups());
    assertThat(read.points()).isEqualTo(map.points());
    assertThat(read.priorities()).isEqualTo(map.priorities());
    assertThat(read.computedAt().toInstant()).isEqualTo(map.computedAt().toInstant());
  }
}
