package se.trygghetsdialog.dialogue;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The political decision that a dialogue is held (SKR step 0 gate).
 *
 * @param bodyId the deciding body, one of the municipality's political organisations
 * @param paragraph the paragraph in the minutes, e.g. "§ 112"
 * @param registrationNumber the diarienummer, e.g. "KS 2020/345"
 */
public record Decision(UUID bodyId, LocalDate date, String paragraph, String registrationNumber) {}
