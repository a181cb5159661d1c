/**
 * Site: the public shell around the modules — the home page, the staff start page, and the
 * accessibility statement (tillgänglighetsredogörelse) with its form for reporting problems.
 */
@ApplicationModule(displayName = "Site")
@NullMarked
package se.trygghetsdialog.site;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
