package se.trygghetsdialog.place;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PlaceStatusPolicyTest {

  @Test
  void goesFromNewThroughInProgressToResolved() {
    assertThatCode(
            () ->
                PlacePolicy.checkStatusChange(
                    AssignmentStatus.NEW, AssignmentStatus.IN_PROGRESS, ""))
        .doesNotThrowAnyException();
    assertThatCode(
            () ->
                PlacePolicy.checkStatusChange(
                    AssignmentStatus.IN_PROGRESS, AssignmentStatus.RESOLVED, ""))
        .doesNotThrowAnyException();
    assertThatCode(
            () ->
                PlacePolicy.checkStatusChange(AssignmentStatus.NEW, AssignmentStatus.RESOLVED, ""))
        .doesNotThrowAnyException();
  }

  @Test
  void noActionNeedsAReason() {
    assertThatThrownBy(
            () ->
                PlacePolicy.checkStatusChange(
                    AssignmentStatus.IN_PROGRESS, AssignmentStatus.NO_ACTION, "  "))
        .isInstanceOfSatisfying(
            PlaceRuleViolation.class,
            e -> org.assertj.core.api.Assertions.assertThat(e.field()).isEqualTo("reason"));
    assertThatCode(
            () ->
                PlacePolicy.checkStatusChange(
                    AssignmentStatus.NEW, AssignmentStatus.NO_ACTION, "Privat mark."))
        .doesNotThrowAnyException();
  }

  @Test
  void closedStatusesAndGoingBackAreRefused() {
    for (AssignmentStatus next : AssignmentStatus.values()) {
      assertThatThrownBy(
              () -> PlacePolicy.checkStatusChange(AssignmentStatus.RESOLVED, next, "skäl"))
          .isInstanceOf(PlaceRuleViolation.class);
      assertThatThrownBy(
              () -> PlacePolicy.checkStatusChange(AssignmentStatus.NO_ACTION, next, "skäl"))
          .isInstanceOf(PlaceRuleViolation.class);
    }
    assertThatThrownBy(
            () ->
                PlacePolicy.checkStatusChange(
                    AssignmentStatus.IN_PROGRESS, AssignmentStatus.NEW, ""))
        .isInstanceOf(PlaceRuleViolation.class);
    assertThatThrownBy(
            () ->
                PlacePolicy.checkStatusChange(
                    AssignmentStatus.IN_PROGRESS, AssignmentStatus.IN_PROGRESS, ""))
        .isInstanceOf(PlaceRuleViolation.class);
  }
}
