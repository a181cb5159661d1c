package se.trygghetsdialog.walk.web;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import se.trygghetsdialog.geo.Gazetteer;
import se.trygghetsdialog.geo.GazetteerEntry;
import se.trygghetsdialog.geo.PlaceCategories;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.Option;
import se.trygghetsdialog.shared.web.Ui;
import se.trygghetsdialog.shared.web.WebPage;
import se.trygghetsdialog.tenancy.Organisations;
import se.trygghetsdialog.walk.Walk;
import se.trygghetsdialog.walk.WalkerGroup;
import se.trygghetsdialog.walk.Walks;

/**
 * What the staff and public walk pages share: names by id, options of a list, and the public page
 * of a walk with its registration form.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class WalkViews {

  private final PlaceCategories categories;
  private final Organisations organisations;
  private final Gazetteer gazetteer;
  private final Walks walks;

  /** An option of a list, chosen when its value is the one typed. */
  static Option option(String value, String label, @Nullable String chosen) {
    return new Option(value, label, value.equals(chosen));
  }

  /** The receipt of a registration, or the page saying that the link went by mail. */
  static String receipt(Walk walk, String token, boolean cancelled, boolean mailed, WebPage page) {
    page.add("walk", walk);
    page.add("token", token);
    page.add("cancelled", cancelled);
    page.add("mailed", mailed);
    return "walk/receipt";
  }

  /** The published protocol of a walk (or that it is not published yet). */
  String renderProtocol(MunicipalityId municipality, Walk walk, WebPage page) {
    List<Walks.PublicPoint> points = walks.publicProtocol(walk);
    page.add("walk", walk);
    page.add("points", points);
    page.add("names", names(municipality, page.ui()));
    page.add("places", places(municipality, points));
    page.add("sinceLast", walks.sinceLast(walk).orElse(null));
    return "walk/protocol";
  }

  /** The public page of a walk, with the registration form as typed and its errors. */
  String renderPublic(
      MunicipalityId municipality,
      Walk walk,
      RegistrationForm form,
      FormErrors errors,
      WebPage page) {
    // The page is long: create the CSRF token (and session) before the response is committed.
    page.ui().csrfToken();
    page.add("walk", walk);
    page.add("stops", walks.stops(walk));
    page.add("invitees", walks.invitees(walk));
    page.add("form", form);
    page.add("errors", errors);
    page.add(
        "groups",
        Arrays.stream(WalkerGroup.values())
            .map(g -> option(g.name(), page.ui().e("walk.group", g), form.group()))
            .toList());
    page.add("sinceLast", walks.sinceLast(walk).orElse(null));
    page.add("names", names(municipality, page.ui()));
    return "walk/show";
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
    return new Names(categoryNames, organisations.names(municipality));
  }
}
