/**
 * The tenancy pages: the organisations, the municipality's settings, profile and setup. {@link
 * se.trygghetsdialog.tenancy.web.ReferenceRowsAdmin} is the administration of reference rows that
 * the area pages in geo.web share.
 */
@NamedInterface("web")
@NullMarked
package se.trygghetsdialog.tenancy.web;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
