/** The records module's command of the jar: {@code audit-verify}. */
@NamedInterface("cli")
@NullMarked
package se.trygghetsdialog.records.cli;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
