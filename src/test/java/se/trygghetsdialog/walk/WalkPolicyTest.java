package se.trygghetsdialog.walk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.trygghetsdialog.geo.Coordinates;
import se.trygghetsdialog.geo.MapSettings;

class WalkPolicyTest {

  private static Meeting on(int month, int day) {
    return new Meeting(LocalDateTime.of(2027, month, day, 18, 0), "Biblioteket");
  }

  @Test
  void meetingsInOrderWithTwoToThreeWeeksBetweenPassWithoutWarnings() {
    List<Meeting> meetings = List.of(on(1, 1), on(1, 15), on(2, 5));
    assertThatCode(() -> WalkPolicy.checkMeetingOrder(meetings)).doesNotThrowAnyException();
    assertThat(WalkPolicy.gapWarnings(meetings)).isEmpty();
  }

  @Test
  void meetingsOutOfOrderAreAnErrorOnTheLaterMeeting() {
    assertThatThrownBy(() -> WalkPolicy.checkMeetingOrder(List.of(on(1, 20), on(1, 10), on(2, 5))))
        .isInstanceOf(WalkRuleViolation.class)
        .satisfies(
            e -> {
              WalkRuleViolation v = (WalkRuleViolation) e;
              assertThat(v.field()).isEqualTo("meeting2Date");
              assertThat(v.messageKey()).isEqualTo("walk.error.meetings.order");
            });
    Meeting same = on(1, 10);
    assertThatThrownBy(() -> WalkPolicy.checkMeetingOrder(List.of(on(1, 1), same, same)))
        .isInstanceOf(WalkRuleViolation.class)
        .extracting(e -> ((WalkRuleViolation) e).field())
        .isEqualTo("meeting3Date");
    assertThatThrownBy(() -> WalkPolicy.checkMeetingOrder(List.of(on(1, 1), on(1, 20))))
        .isInstanceOf(WalkRuleViolation.class);
  }

  @Test
  void gapsOutsideFourteenToTwentyOneDaysAreWarnedNotBlocked() {
    List<Meeting> meetings = List.of(on(1, 1), on(1, 8), on(2, 8));
    assertThatCode(() -> WalkPolicy.checkMeetingOrder(meetings)).doesNotThrowAnyException();
    assertThat(WalkPolicy.gapWarnings(meetings))
        .containsExactly(new WalkPolicy.GapWarning(1, 7), new WalkPolicy.GapWarning(2, 31));
    // The limits themselves are fine.
    assertThat(WalkPolicy.gapWarnings(List.of(on(1, 1), on(1, 15), on(2, 5)))).isEmpty();
    assertThat(WalkPolicy.gapWarnings(List.of(on(1, 1), on(1, 14), on(1, 30))))
        .containsExactly(new WalkPolicy.GapWarning(1, 13));
  }

  @Test
  void capacityIsOneToTwoHundredAndFullMeansNoRoom() {
    assertThatCode(() -> WalkPolicy.checkMaxWalkers(1)).doesNotThrowAnyException();
    assertThatCode(() -> WalkPolicy.checkMaxWalkers(200)).doesNotThrowAnyException();
    assertThatThrownBy(() -> WalkPolicy.checkMaxWalkers(0)).isInstanceOf(WalkRuleViolation.class);
    assertThatThrownBy(() -> WalkPolicy.checkMaxWalkers(201)).isInstanceOf(WalkRuleViolation.class);
    assertThat(WalkPolicy.hasRoom(19, 20)).isTrue();
    assertThat(WalkPolicy.hasRoom(20, 20)).isFalse();
  }

  @Test
  void theDeadlineMayNotBeBeforeTheDayOfTheWalk() {
    LocalDate walk = LocalDate.of(2027, 1, 15);
    assertThatCode(() -> WalkPolicy.checkDeadline(walk, walk)).doesNotThrowAnyException();
    assertThatCode(() -> WalkPolicy.checkDeadline(walk, walk.plusDays(1)))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> WalkPolicy.checkDeadline(walk, walk.minusDays(1)))
        .isInstanceOf(WalkRuleViolation.class)
        .extracting(e -> ((WalkRuleViolation) e).messageKey())
        .isEqualTo("walk.error.deadline.beforeWalk");
  }

  @Test
  void pointsMustLieInsideTheMunicipality() {
    MapSettings lysekil = new MapSettings(58.15, 58.45, 11.20, 11.60, "", "");
    assertThatCode(() -> WalkPolicy.checkWithin(lysekil, "latitude", new Coordinates(58.27, 11.43)))
        .doesNotThrowAnyException();
    assertThatThrownBy(
            () -> WalkPolicy.checkWithin(lysekil, "latitude", new Coordinates(59.33, 18.06)))
        .isInstanceOf(WalkRuleViolation.class)
        .extracting(e -> ((WalkRuleViolation) e).messageKey())
        .isEqualTo("walk.error.location.outside");
  }

  @Test
  void notDoneNeedsAReason() {
    assertThatThrownBy(() -> WalkPolicy.checkStatus(PointStatus.NOT_DONE, " "))
        .isInstanceOf(WalkRuleViolation.class);
    assertThatCode(() -> WalkPolicy.checkStatus(PointStatus.DONE, "")).doesNotThrowAnyException();
  }
}
