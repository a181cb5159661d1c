package se.trygghetsdialog.records.archive;

import java.time.OffsetDateTime;

/**
 * One document of a dialogue for its archive package: its kind (for example {@code analysis} or
 * {@code action-plan}), a title, the time it was decided, frozen or sent, and the document as a PDF
 * with embedded fonts (the package makes it PDF/A). No personal data: only what was published or
 * sent.
 */
public record ArchiveDocument(String kind, String title, OffsetDateTime date, byte[] pdf) {}
