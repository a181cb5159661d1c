package se.trygghetsdialog.records.access;

import java.util.UUID;
import se.trygghetsdialog.records.RecordKind;

/** A passage withheld from the copy: characters {@code [start, end)} of a covered document. */
public record Redaction(
    UUID id, RecordKind kind, String documentId, int start, int end, SecrecyGround ground) {}
