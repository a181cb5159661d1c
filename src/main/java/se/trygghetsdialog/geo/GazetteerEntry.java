package se.trygghetsdialog.geo;

import java.util.UUID;

/** A named place in the municipality's gazetteer, with an approximate point. */
public record GazetteerEntry(UUID id, String name, GazetteerKind kind, Coordinates location) {}
