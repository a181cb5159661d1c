/** Records: registration, secrecy marking, retention, audit log, archive export. */
@ApplicationModule(displayName = "Records")
@NullMarked
package se.trygghetsdialog.records;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
