package se.trygghetsdialog.walk.web;

import java.util.List;
import se.trygghetsdialog.geo.GazetteerEntry;
import se.trygghetsdialog.geo.MapSettings;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.Option;
import se.trygghetsdialog.walk.Walk;
import se.trygghetsdialog.walk.WalkPoint;

/** The phone page for recording a walk's protocol. */
public record ProtocolPage(
    Walk walk,
    WalkPointForm form,
    FormErrors errors,
    List<CategoryGroup> categories,
    List<Option> owners,
    List<Option> priorities,
    List<Option> safety,
    List<WalkPoint> points,
    Names names,
    MapSettings map,
    String query,
    boolean searched,
    List<GazetteerEntry> results,
    String centre) {

  /** A top-level category with its sub-categories (empty: choose the category itself). */
  public record CategoryGroup(String value, String label, boolean selected, List<Option> options) {}
}
