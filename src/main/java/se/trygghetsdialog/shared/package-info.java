/**
 * The tiny kernel every module may use: tenant identity ({@link
 * se.trygghetsdialog.shared.MunicipalityId}), the page model and layout support for templates,
 * error handling, mail delivery with retry, and the embedded database for the zero-install run.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN, displayName = "Shared kernel")
@NullMarked
package se.trygghetsdialog.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
