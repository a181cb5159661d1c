package se.trygghetsdialog.records.retention;

import java.time.OffsetDateTime;
import java.util.UUID;
import se.trygghetsdialog.records.RecordKind;

/**
 * One item in the disposal log, or in a dry run's list: its kind, its id in the owning module, the
 * decision it was disposed of by and when (for a dry run: when it was received). No personal data.
 */
public record DisposedItem(RecordKind kind, UUID id, String decisionReference, OffsetDateTime at) {}
