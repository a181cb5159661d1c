package se.trygghetsdialog.measure;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The decision on a proposal (SKR step 5).
 *
 * @param body the deciding body, e.g. "Kommunstyrelsen"
 * @param paragraph the paragraph in the minutes, e.g. "§ 112"
 * @param registrationNumber the diarienummer
 */
public record MeasureDecision(
    UUID id,
    MeasureId measureId,
    String body,
    LocalDate decidedOn,
    String paragraph,
    String registrationNumber,
    DecisionOutcome outcome,
    String reasons,
    OffsetDateTime recordedAt) {}
