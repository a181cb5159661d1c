package se.trygghetsdialog.actionplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.trygghetsdialog.measure.Horizon;
import se.trygghetsdialog.measure.Measure;
import se.trygghetsdialog.measure.MeasureId;
import se.trygghetsdialog.measure.MeasureKind;
import se.trygghetsdialog.measure.MeasureStatus;
import se.trygghetsdialog.measure.OwnerKind;
import se.trygghetsdialog.shared.MunicipalityId;

class ActionPlanPolicyTest {

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
    } catch (ActionPlanRuleViolation v) {
      return v.messageKey();
    }
    throw new AssertionError("no violation");
  }

  @Test
  void refusesAMeasureWithoutALinkedProblem() {
    assertThat(violation(() -> ActionPlanPolicy.checkPlanItem(measure(MeasureStatus.DECIDED), 0)))
        .isEqualTo("measure.error.plan.noProblem");
  }

  @Test
  void refusesAMeasureWithoutAnOwner() {
    assertThat(
            violation(() -> ActionPlanPolicy.checkPlanItem(measure(MeasureStatus.DECIDED, " "), 2)))
        .isEqualTo("measure.error.plan.noOwner");
  }

  @Test
  void acceptsAnOwnedMeasureThatAnswersAProblem() {
    assertThatCode(() -> ActionPlanPolicy.checkPlanItem(measure(MeasureStatus.DECIDED), 1))
        .doesNotThrowAnyException();
  }
}
