package se.trygghetsdialog.walk.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import se.trygghetsdialog.geo.Gazetteer;
import se.trygghetsdialog.geo.GazetteerEntry;
import se.trygghetsdialog.geo.PlaceCategories;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.Ui;
import se.trygghetsdialog.tenancy.Organisations;
import se.trygghetsdialog.walk.Walks;

/** What the staff and public walk pages share: names by id, and number parsing. */
@Component
class WalkViews {

  private final PlaceCategories categories;
  private final Organisations organisations;
  private final Gazetteer gazetteer;

  WalkViews(PlaceCategories categories, Organisations organisations, Gazetteer gazetteer) {
    this.categories = categories;
    this.organisations = organisations;
    this.gazetteer = gazetteer;
  }

  /**
   * The nearest gazetteer name of each public point, by point id (points near no name are left
   * out). The positions are already snapped, so the name says no more than they do.
   */
  Map<UUID, String> places(MunicipalityId municipality, List<Walks.PublicPoint> points) {
    Map<UUID, String> places = new HashMap<>();
    for (Walks.PublicPoint p : points) {
      gazetteer
          .nearest(municipality, p.position())
          .map(GazetteerEntry::name)
          .ifPresent(name -> places.put(p.id(), name));
    }
    return places;
  }

  Names names(MunicipalityId municipality, Ui ui) {
    Map<UUID, String> categoryNames = categories.names(municipality, ui.locale());
    Map<UUID, String> organisationNames = new HashMap<>();
    organisations.all(municipality).forEach(o -> organisationNames.put(o.id(), o.name()));
    return new Names(categoryNames, organisationNames);
  }
}
