/**
 * Tenancy: municipalities and how a request finds its own (host name, or the default for a
 * single-municipality install), their areas, their organisations (kommunstyrelse, nämnder,
 * förvaltningar, polis, bostadsbolag, föreningar, skolor, företag) with contact addresses and their
 * participation ladder. Areas may have a boundary (GeoJSON checked with JTS, {@link
 * se.trygghetsdialog.tenancy.AreaShapes}); the area of a point is the smallest boundary holding it.
 * Administrators keep organisations in {@code tenancy.web} (/personal/admin/organisationer); the
 * area pages live in geo.web, which knows the map. Modules downstream declare what points to an
 * organisation or area as {@link se.trygghetsdialog.tenancy.TenancyReferences} beans, so that one
 * in use is archived rather than deleted.
 */
@ApplicationModule(displayName = "Tenancy")
@NullMarked
package se.trygghetsdialog.tenancy;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
