package se.trygghetsdialog.place.web;

import org.jspecify.annotations.Nullable;
import se.trygghetsdialog.shared.web.TypedForm;

/** Raw input of the add-area form. */
public record AreaRouteForm(
    @Nullable String organisationId,
    @Nullable String name,
    @Nullable String areaId,
    @Nullable String latitude,
    @Nullable String longitude,
    @Nullable String radius)
    implements TypedForm {}
