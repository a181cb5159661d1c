package se.trygghetsdialog.place.web;

/** An area route as listed on the admin page. */
public record AreaRouteRow(
    String id, String name, String organisation, String centre, String radiusMetres) {}
