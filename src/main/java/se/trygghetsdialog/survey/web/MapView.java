package se.trygghetsdialog.survey.web;

import se.trygghetsdialog.geo.MapSettings;

/** The settings of a map question's map and the localities' names, for the shared map scripts. */
public record MapView(MapSettings settings, String localitiesJson) {}
