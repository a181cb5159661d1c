package se.trygghetsdialog.records.retention;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One run of the disposal job as the log shows it: when, dry or real, how many items. */
public record DisposalRun(UUID id, OffsetDateTime startedAt, boolean dryRun, int items) {}
