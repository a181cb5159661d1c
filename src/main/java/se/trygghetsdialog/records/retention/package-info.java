/**
 * Retention and disposal (gallring). An administrator sets per {@link
 * se.trygghetsdialog.records.RecordKind} how many months an item is kept and the municipality's
 * decision that says so ({@link se.trygghetsdialog.records.retention.RetentionClasses}); no
 * decision means keep. The modules that own the data implement {@link
 * se.trygghetsdialog.records.retention.Disposable}; {@link
 * se.trygghetsdialog.records.retention.Disposals} runs the nightly job (or a dry run) and keeps the
 * disposal log.
 */
@NamedInterface("retention")
@NullMarked
package se.trygghetsdialog.records.retention;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
