package se.trygghetsdialog.geo.web;

import org.jspecify.annotations.Nullable;
import se.trygghetsdialog.shared.web.TypedForm;

/** Raw input of the map settings form. */
public record MapSettingsForm(
    @Nullable String minLatitude,
    @Nullable String maxLatitude,
    @Nullable String minLongitude,
    @Nullable String maxLongitude,
    @Nullable String tileUrl,
    @Nullable String tileAttribution)
    implements TypedForm {}
