package se.trygghetsdialog.dialogue;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Planned dates of one step. */
public record StepPlan(DialogueStep step, @Nullable LocalDate start, @Nullable LocalDate end) {}
