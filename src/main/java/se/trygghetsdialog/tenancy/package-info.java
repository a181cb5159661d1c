/**
 * Tenancy: municipalities and how a request finds its own (host name, or the default for a
 * single-municipality install), their areas, their organisations (kommunstyrelse, nämnder,
 * förvaltningar, polis, bostadsbolag, föreningar) and their participation ladder.
 */
@ApplicationModule(displayName = "Tenancy")
@NullMarked
package se.trygghetsdialog.tenancy;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
