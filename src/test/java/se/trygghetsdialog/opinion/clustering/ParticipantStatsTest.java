package se.trygghetsdialog.opinion.clustering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ParticipantStatsTest {

  @Test
  void followsTheDefinitionsOnAHandExample() {
    // Group 0 at x = 0 and 2 (centre 1), group 1 at x = 10 and 12 (centre 11), one participant not
    // clustered; the global centre is x = 6.
    double[] projection = {0, 0, 2, 0, 10, 0, 12, 0, 50, 50};
    int[] group = {0, 0, 1, 1, -1};
    ParticipantStats s = ParticipantStats.of(projection, group, 2);

    assertThat(s.centricness()[0]).isCloseTo(1 - 6, within(1e-12));
    assertThat(s.centricness()[2]).isCloseTo(1 - 4, within(1e-12));
    assertThat(s.coreness()[0]).isCloseTo(0, within(1e-12));
    assertThat(s.coreness()[3]).isCloseTo(0, within(1e-12));
    // Away from the global centre is extreme, towards it is not.
    assertThat(s.extremeness()[0]).isCloseTo(1, within(1e-12));
    assertThat(s.extremeness()[1]).isCloseTo(-1, within(1e-12));
    assertThat(s.extremeness()[3]).isCloseTo(1, within(1e-12));
    assertThat(s.centricness()[4]).isNaN();
    assertThat(s.extremeness()[4]).isNaN();
  }

  @Test
  void ranksPlantedGroupMembersWithManyVotesAsMoreExtreme() {
    SyntheticConversation.Planted p = SyntheticConversation.generate(3000, 200, 0.2, 2, 1.0, 4, 10);
    OpinionResult r = new OpinionEngine(OpinionConfig.defaults()).compute(p.matrix());
    ParticipantStats s = ParticipantStats.of(r);
    double outliers = 0;
    double others = 0;
    int n = p.matrix().participants();
    for (int i = 0; i < n; i++) {
      if (r.clustered()[i]) {
        if (i >= n - 10) {
          outliers += s.extremeness()[i] / 10;
        } else {
          others += s.extremeness()[i] / (n - 10);
        }
      }
    }
    // The outliers vote on everything exactly as their group leans: beyond their group's centre.
    assertThat(outliers).isGreaterThan(others).isPositive();
  }
}
