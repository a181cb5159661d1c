package se.trygghetsdialog.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import se.trygghetsdialog.shared.MunicipalityId;

class MeasurePolicyTest {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

  static Measure measure(MeasureStatus status) {
    return measure(status, "Lysekils kommun");
  }

  static Measure measure(MeasureStatus status, String owner) {
    return new Measure(
        new MeasureId(UUID.randomUUID()),
        new MunicipalityId(UUID.randomUUID()),
        MeasureKind.PROPOSAL,
        "Fler vuxna på stan",
        "Vuxna rör sig på stan kvällstid.",
        Horizon.SHORT_TERM,
        owner,
        OwnerKind.MUNICIPALITY,
        "",
        "",
        null,
        null,
        status,
        null,
        3,
        OffsetDateTime.now());
  }

  static String violation(Runnable action) {
    try {
      action.run();
    } catch (MeasureRuleViolation v) {
      return v.messageKey();
    }
    throw new AssertionError("no violation");
  }

  @Nested
  class StatusMoves {

    @Test
    void aDecidedMeasureGoesInProgressAndThenDone() {
      assertThat(MeasurePolicy.mayMove(MeasureStatus.DECIDED, MeasureStatus.IN_PROGRESS)).isTrue();
      assertThat(MeasurePolicy.mayMove(MeasureStatus.IN_PROGRESS, MeasureStatus.DONE)).isTrue();
    }

    @Test
    void nothingSkipsTheDecision() {
      assertThat(MeasurePolicy.mayMove(MeasureStatus.PROPOSED, MeasureStatus.DONE)).isFalse();
      assertThat(MeasurePolicy.mayMove(MeasureStatus.PROPOSED, MeasureStatus.IN_PROGRESS))
          .isFalse();
      assertThat(MeasurePolicy.mayMove(MeasureStatus.DECIDED, MeasureStatus.DONE)).isFalse();
    }

    @Test
    void aProposalBecomesDecidedOnlyThroughADecision() {
      assertThat(MeasurePolicy.mayMove(MeasureStatus.PROPOSED, MeasureStatus.DECIDED)).isFalse();
      assertThat(
              violation(
                  () ->
                      MeasurePolicy.checkStatusChange(
                          measure(MeasureStatus.PROPOSED), MeasureStatus.DECIDED, "Klart")))
          .isEqualTo("measure.error.status.onlyByDecision");
    }

    @Test
    void refusesDoneBeforeDecidedWithAClearMessage() {
      assertThat(
              violation(
                  () ->
                      MeasurePolicy.checkStatusChange(
                          measure(MeasureStatus.PROPOSED), MeasureStatus.DONE, "Klart")))
          .isEqualTo("measure.error.status.notAllowed");
    }

    @ParameterizedTest
    @EnumSource(
        value = MeasureStatus.class,
        names = {"PROPOSED", "DECIDED", "IN_PROGRESS"})
    void anOpenMeasureMayBeClosedWithoutActionWithAReason(MeasureStatus from) {
      assertThatCode(
              () ->
                  MeasurePolicy.checkStatusChange(
                      measure(from), MeasureStatus.CLOSED_WITHOUT_ACTION, "Ingen budget"))
          .doesNotThrowAnyException();
      assertThat(
              violation(
                  () ->
                      MeasurePolicy.checkStatusChange(
                          measure(from), MeasureStatus.CLOSED_WITHOUT_ACTION, " ")))
          .isEqualTo("measure.error.status.reasonRequired");
    }

    @ParameterizedTest
    @EnumSource(
        value = MeasureStatus.class,
        names = {"DONE", "CLOSED_WITHOUT_ACTION"})
    void aFinishedMeasureMovesNowhere(MeasureStatus from) {
      assertThat(MeasurePolicy.manualTargets(from)).isEmpty();
    }

    @Test
    void everyMoveNeedsANote() {
      assertThat(
              violation(
                  () ->
                      MeasurePolicy.checkStatusChange(
                          measure(MeasureStatus.DECIDED), MeasureStatus.IN_PROGRESS, "")))
          .isEqualTo("measure.error.note.required");
    }
  }

  @Nested
  class Decisions {

    @ParameterizedTest
    @EnumSource(
        value = DecisionOutcome.class,
        names = {"APPROVED", "PARTLY_APPROVED"})
    void approvalMakesTheProposalDecided(DecisionOutcome outcome) {
      assertThat(
              MeasurePolicy.statusAfterDecision(
                  measure(MeasureStatus.PROPOSED),
                  "Kommunstyrelsen",
                  TODAY,
                  outcome,
                  "Prioriterat av deltagarna",
                  TODAY))
          .isEqualTo(MeasureStatus.DECIDED);
    }

    @ParameterizedTest
    @EnumSource(
        value = DecisionOutcome.class,
        names = {"REJECTED", "NO_ACTION"})
    void rejectionClosesTheProposalWithoutAction(DecisionOutcome outcome) {
      assertThat(
              MeasurePolicy.statusAfterDecision(
                  measure(MeasureStatus.PROPOSED),
                  "Kommunstyrelsen",
                  TODAY,
                  outcome,
                  "Ryms inte i budgeten",
                  TODAY))
          .isEqualTo(MeasureStatus.CLOSED_WITHOUT_ACTION);
    }

    @Test
    void refusesADecisionWithoutABody() {
      assertThat(
              violation(
                  () ->
                      MeasurePolicy.statusAfterDecision(
                          measure(MeasureStatus.PROPOSED),
                          " ",
                          TODAY,
                          DecisionOutcome.APPROVED,
                          "Skäl",
                          TODAY)))
          .isEqualTo("measure.error.decision.body.required");
    }

    @Test
    void refusesADecisionWithoutADate() {
      assertThat(
              violation(
                  () ->
                      MeasurePolicy.statusAfterDecision(
                          measure(MeasureStatus.PROPOSED),
                          "Kommunstyrelsen",
                          null,
                          DecisionOutcome.APPROVED,
                          "Skäl",
                          TODAY)))
          .isEqualTo("measure.error.decision.date.required");
    }

    @Test
    void refusesADecisionDatedInTheFuture() {
      assertThat(
              violation(
                  () ->
                      MeasurePolicy.statusAfterDecision(
                          measure(MeasureStatus.PROPOSED),
                          "Kommunstyrelsen",
                          TODAY.plusDays(10),
                          DecisionOutcome.APPROVED,
                          "Skäl",
                          TODAY)))
          .isEqualTo("measure.error.decision.date.future");
    }

    @Test
    void refusesASecondDecision() {
      assertThatThrownBy(
              () ->
                  MeasurePolicy.statusAfterDecision(
                      measure(MeasureStatus.DECIDED),
                      "Kommunstyrelsen",
                      TODAY,
                      DecisionOutcome.APPROVED,
                      "Skäl",
                      TODAY))
          .isInstanceOf(MeasureRuleViolation.class)
          .hasMessage("measure.error.decision.notProposed");
    }
  }
}
