package se.trygghetsdialog.walk.web;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import se.trygghetsdialog.place.PlaceCategories;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.Ui;
import se.trygghetsdialog.tenancy.Organisations;

/** What the staff and public walk pages share: names by id, and number parsing. */
@Component
class WalkViews {

  private final PlaceCategories categories;
  private final Organisations organisations;

  WalkViews(PlaceCategories categories, Organisations organisations) {
    this.categories = categories;
    this.organisations = organisations;
  }

  Names names(MunicipalityId municipality, Ui ui) {
    Map<UUID, String> categoryNames = categories.names(municipality, ui.locale());
    Map<UUID, String> organisationNames = new HashMap<>();
    organisations.all(municipality).forEach(o -> organisationNames.put(o.id(), o.name()));
    return new Names(categoryNames, organisationNames);
  }
}
