package se.trygghetsdialog.place.web;

import java.util.List;
import se.trygghetsdialog.shared.web.Option;

/**
 * One group of the category list: a top-level category that is itself a choice ({@code options}
 * empty) or a heading for its sub-categories.
 */
public record CategoryGroupView(
    String value, String label, boolean selected, List<Option> options) {}
