/**
 * Platform: more than one municipality on one install. The platform operator (an account of the
 * install, not of a municipality) adds municipalities with their host names and first
 * administrator, and deactivates and reactivates them; a deactivated municipality's pages answer
 * 503 and its data is kept. Operators never see a municipality's data.
 */
@ApplicationModule(displayName = "Platform")
@NullMarked
package se.trygghetsdialog.platform;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
