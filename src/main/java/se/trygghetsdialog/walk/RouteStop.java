package se.trygghetsdialog.walk;

import org.jspecify.annotations.Nullable;
import se.trygghetsdialog.geo.Coordinates;

/** A stop on a walk's route, in order: a name and, when known, its position. */
public record RouteStop(String name, @Nullable Coordinates location) {}
