package se.trygghetsdialog.measure;

import java.time.LocalDate;
import java.util.List;

/**
 * Test data for measures, with sensible defaults: a short-term situational proposal owned by the
 * municipality and followed up in six months, and a decision of the municipal executive board.
 */
public final class MeasureMother {

  private MeasureMother() {}

  /** A proposal with this title and no linked inputs. */
  public static ProposeMeasure.Input proposal(String title) {
    return proposal(title, List.of());
  }

  /** A proposal with this title, linked to these inputs. */
  public static ProposeMeasure.Input proposal(String title, List<InputRef> inputs) {
    return new ProposeMeasure.Input(
        java.util.UUID.randomUUID(),
        MeasureKind.PROPOSAL,
        title,
        "Beskrivning av " + title,
        Horizon.SHORT_TERM,
        "Lysekils kommun",
        OwnerKind.MUNICIPALITY,
        "Trygghetssamordnaren",
        "Ökad trygghet",
        MeasureType.SITUATIONAL,
        null,
        LocalDate.now().plusMonths(6),
        inputs);
  }

  /**
   * The municipal executive board's decision today, for a form based on {@code version} of the
   * measure.
   */
  public static RecordDecision.Input decision(
      int version, DecisionOutcome outcome, String reasons) {
    return new RecordDecision.Input(
        version, "Kommunstyrelsen", LocalDate.now(), "§ 12", "KS 2026/12", outcome, reasons);
  }

  /** An approving decision. */
  public static RecordDecision.Input approval(int version, String reasons) {
    return decision(version, DecisionOutcome.APPROVED, reasons);
  }
}
