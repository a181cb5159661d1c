package se.trygghetsdialog.walk.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import se.trygghetsdialog.dialogue.Dialogues;
import se.trygghetsdialog.geo.PlaceSettings;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.FormText;
import se.trygghetsdialog.shared.web.Option;
import se.trygghetsdialog.shared.web.Ui;
import se.trygghetsdialog.shared.web.WebPage;
import se.trygghetsdialog.tenancy.Areas;
import se.trygghetsdialog.tenancy.Organisation;
import se.trygghetsdialog.tenancy.Organisations;
import se.trygghetsdialog.walk.PlanWalk;
import se.trygghetsdialog.walk.RouteStop;
import se.trygghetsdialog.walk.Walk;
import se.trygghetsdialog.walk.WalkPolicy;
import se.trygghetsdialog.walk.Walks;

/** The plan form's page: blank, filled in for a follow-up walk, or again with errors. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class WalkForms {

  private final Walks walks;
  private final Areas areas;
  private final Organisations organisations;
  private final Dialogues dialogues;
  private final PlaceSettings placeSettings;

  /** A plan form filled in from an earlier walk, for its follow-up walk. */
  WalkPlanForm followUp(Walk earlier, Ui ui) {
    List<String> invited =
        walks.invitees(earlier).stream().map(i -> i.organisationId().toString()).toList();
    StringBuilder stops = new StringBuilder();
    for (RouteStop stop : walks.stops(earlier)) {
      stops.append(stop.name());
      if (stop.location() != null) {
        stops.append(
            String.format(
                Locale.ROOT,
                "; %.6f, %.6f",
                stop.location().latitude(),
                stop.location().longitude()));
      }
      stops.append('\n');
    }
    return new WalkPlanForm(
        ui.t("walk.plan.followUpTitle", earlier.title()),
        earlier.areaId() == null ? "" : earlier.areaId().toString(),
        earlier.description(),
        "",
        "18:00",
        earlier.introduction().place(),
        "",
        "18:00",
        earlier.walk().place(),
        "",
        "18:00",
        earlier.feedback().place(),
        invited,
        String.valueOf(earlier.maxWalkers()),
        stops.toString().strip(),
        earlier.dialogueId() == null ? "" : earlier.dialogueId().toString(),
        earlier.id().toString(),
        UUID.randomUUID().toString());
  }

  /** Renders the plan form with what was typed and the errors. */
  String renderPlan(
      MunicipalityId municipality, WalkPlanForm form, FormErrors errors, WebPage page) {
    page.ui().csrfToken();
    page.add("form", form);
    page.add("errors", errors);
    page.add(
        "areas",
        areas.all(municipality).stream()
            .map(a -> WalkViews.option(a.id().toString(), a.name(), form.areaId()))
            .toList());
    page.add(
        "organisations",
        organisations.all(municipality).stream()
            // Departments and companies first, the political bodies after them.
            .sorted(
                Comparator.comparing((Organisation o) -> o.kind().political())
                    .thenComparing(Organisation::name))
            .map(
                o ->
                    new Option(
                        o.id().toString(),
                        o.name(),
                        form.invited(o.id().toString()),
                        page.ui().e("walk.organisationKind", o.kind())))
            .toList());
    page.add(
        "dialogues",
        dialogues.list(municipality, null, null, 1, 100).items().stream()
            .map(d -> WalkViews.option(d.id().value().toString(), d.title(), form.dialogueId()))
            .toList());
    UUID previousId = FormText.uuid(form.previousWalkId());
    page.add(
        "previousTitle",
        previousId == null ? "" : walks.find(municipality, previousId).map(Walk::title).orElse(""));
    page.add("map", placeSettings.of(municipality));
    return "walk/staff/plan";
  }

  /** The warnings about meeting gaps outside 2–3 weeks, to show after planning. */
  static List<String> gapWarnings(PlanWalk.Planned planned, Ui ui) {
    return planned.gaps().stream()
        .map(
            gap ->
                ui.t(
                    "walk.warning.gap",
                    gap.afterMeeting(),
                    gap.afterMeeting() + 1,
                    gap.days(),
                    WalkPolicy.MIN_GAP_DAYS,
                    WalkPolicy.MAX_GAP_DAYS))
        .toList();
  }
}
