package se.trygghetsdialog.walk.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.RequestContextUtils;
import se.trygghetsdialog.geo.Gazetteer;
import se.trygghetsdialog.geo.GazetteerEntry;
import se.trygghetsdialog.geo.PlaceCategories;
import se.trygghetsdialog.geo.PlaceSettings;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.NotFoundException;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.FormText;
import se.trygghetsdialog.shared.web.Option;
import se.trygghetsdialog.shared.web.WebPage;
import se.trygghetsdialog.walk.PointPriority;
import se.trygghetsdialog.walk.RecordWalkPoint;
import se.trygghetsdialog.walk.Walk;
import se.trygghetsdialog.walk.WalkRuleViolation;
import se.trygghetsdialog.walk.Walks;

/** The phone page for recording a walk's protocol, and the check of a point's texts. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class WalkProtocolPages {

  private final Walks walks;
  private final PlaceCategories categories;
  private final PlaceSettings placeSettings;
  private final WalkViews views;
  private final Gazetteer gazetteer;

  /**
   * Refuses the texts of a point that screening flagged, each on its field with the kinds found,
   * unless the walker confirmed them. It reads the screening done at binding and screens nothing.
   */
  static final Validator POINT_TEXTS =
      new Validator() {
        @Override
        public boolean supports(Class<?> type) {
          return RecordWalkPoint.Command.class.isAssignableFrom(type);
        }

        @Override
        public void validate(Object target, Errors errors) {
          RecordWalkPoint.Command command = (RecordWalkPoint.Command) target;
          if (!command.confirmed()) {
            command
                .personalData()
                .forEach(
                    (field, kinds) ->
                        errors.rejectValue(
                            field,
                            "walk.error.text.personalData",
                            new Object[] {WalkRuleViolation.named(kinds)},
                            null));
          }
        }
      };

  /** Whether the form should offer to record flagged texts all the same. */
  static boolean offersConfirm(Errors binding) {
    return binding.getFieldErrors().stream()
        .anyMatch(e -> "walk.error.text.personalData".equals(e.getCode()));
  }

  /** After a point sent by the script, the notice goes with the protocol page it shows next. */
  static void flash(HttpServletRequest request, HttpServletResponse response, Walk walk, String n) {
    String path = WalkPages.BASE + "/" + walk.id() + "/protokoll";
    FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
    flash.put("notice", n);
    flash.setTargetRequestPath(path);
    RequestContextUtils.saveOutputFlashMap(path, request, response);
  }

  /**
   * The form for a new point (its client id made here), at a place chosen from the gazetteer, with
   * the results of a place search.
   */
  String renderNew(
      MunicipalityId municipality,
      Walk walk,
      @Nullable String query,
      @Nullable String entry,
      WebPage page) {
    WalkPointForm form =
        WalkPointForm.blank(UUID.randomUUID().toString(), walk.walkDate().plusMonths(3).toString());
    UUID entryId = FormText.uuid(entry);
    if (entryId != null) {
      GazetteerEntry chosen =
          gazetteer.find(municipality, entryId).orElseThrow(() -> new NotFoundException("place"));
      form =
          form.at(
              FormText.coordinate(chosen.location().latitude()),
              FormText.coordinate(chosen.location().longitude()),
              chosen.name());
    }
    String q = FormText.clean(query);
    List<GazetteerEntry> results = q.isEmpty() ? List.of() : gazetteer.search(municipality, q);
    return render(municipality, walk, form, FormErrors.none(), q, query != null, results, page);
  }

  String render(
      MunicipalityId municipality,
      Walk walk,
      WalkPointForm form,
      FormErrors errors,
      String query,
      boolean searched,
      List<GazetteerEntry> results,
      WebPage page) {
    page.ui().csrfToken();
    List<ProtocolPage.CategoryGroup> groups =
        categories.groups(municipality).stream()
            .map(
                group ->
                    new ProtocolPage.CategoryGroup(
                        group.category().id().toString(),
                        group.category().name(page.ui().locale()),
                        group.category().id().toString().equals(form.categoryId()),
                        group.children().stream()
                            .map(
                                c ->
                                    WalkViews.option(
                                        c.id().toString(),
                                        c.name(page.ui().locale()),
                                        form.categoryId()))
                            .toList()))
            .toList();
    List<Option> owners =
        walks.invitees(walk).stream()
            .map(i -> WalkViews.option(i.organisationId().toString(), i.name(), form.ownerId()))
            .toList();
    List<Option> priorities =
        Arrays.stream(PointPriority.values())
            .map(p -> WalkViews.option(p.name(), page.ui().e("walk.priority", p), form.priority()))
            .toList();
    List<Option> safety =
        List.of(
            WalkViews.option("unsafe", page.ui().t("walk.point.unsafe"), form.safety()),
            WalkViews.option("safe", page.ui().t("walk.point.safe"), form.safety()));
    page.add(
        "page",
        new ProtocolPage(
            walk,
            form,
            errors,
            groups,
            owners,
            priorities,
            safety,
            walks.points(walk),
            views.names(municipality, page.ui()),
            placeSettings.of(municipality),
            query,
            searched,
            results,
            walks.stops(walk).stream()
                .filter(stop -> stop.location() != null)
                .findFirst()
                .map(
                    stop ->
                        FormText.coordinate(stop.location().latitude())
                            + ","
                            + FormText.coordinate(stop.location().longitude()))
                .orElse("")));
    return "walk/staff/protocol";
  }
}
