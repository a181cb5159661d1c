/**
 * The archive package of a closed dialogue (FGS-inspired): a ZIP with {@code metadata.json}
 * describing the package, the dialogue and every document, and {@code content/} with each document
 * as PDF/A-2b. Modules add their documents through {@link
 * se.trygghetsdialog.records.archive.ArchiveDocuments} (the analysis module its frozen reports, the
 * action plan module the åtgärdsplan versions citing the dialogue, the session module the notes and
 * agreements sent, the perspective module the perspective map as tables), writing those they do not
 * keep as a PDF with {@link se.trygghetsdialog.records.archive.ArchivePdf}; {@link
 * se.trygghetsdialog.records.archive.ArchivePackages} builds the package.
 */
@NamedInterface("archive")
@NullMarked
package se.trygghetsdialog.records.archive;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
