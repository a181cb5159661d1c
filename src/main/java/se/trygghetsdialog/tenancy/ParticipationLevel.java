package se.trygghetsdialog.tenancy;

import java.util.UUID;
import se.trygghetsdialog.shared.LocalizedText;

/**
 * One step of the municipality's participation ladder.
 *
 * @param rank 1 is the lowest level (information)
 * @param explanation plain-language explanation shown to residents
 */
public record ParticipationLevel(
    UUID id, int rank, LocalizedText name, LocalizedText explanation) {}
