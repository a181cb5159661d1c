package se.trygghetsdialog.dialogue;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** One entry of the public step and feedback history. */
public record StepRecord(
    @Nullable DialogueStep from, DialogueStep to, String feedback, OffsetDateTime changedAt) {}
