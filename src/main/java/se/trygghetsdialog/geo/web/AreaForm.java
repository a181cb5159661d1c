package se.trygghetsdialog.geo.web;

import org.jspecify.annotations.Nullable;
import se.trygghetsdialog.shared.web.TypedForm;

/** The area form as typed, to show again. */
public record AreaForm(
    @Nullable String name,
    @Nullable String kind,
    @Nullable String geometry,
    @Nullable String latitude,
    @Nullable String longitude,
    @Nullable String code)
    implements TypedForm {}
