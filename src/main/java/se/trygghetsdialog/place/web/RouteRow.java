package se.trygghetsdialog.place.web;

import java.util.List;
import se.trygghetsdialog.shared.web.Option;

/** A category and the organisations (checked if routed) that get its reports. */
public record RouteRow(String categoryId, String name, List<Option> organisations) {}
