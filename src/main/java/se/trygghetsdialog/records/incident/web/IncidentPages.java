package se.trygghetsdialog.records.incident.web;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import se.trygghetsdialog.identity.Role;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.records.incident.Incident;
import se.trygghetsdialog.records.incident.IncidentRisk;
import se.trygghetsdialog.records.incident.Incidents;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.Option;
import se.trygghetsdialog.shared.web.Paging;
import se.trygghetsdialog.shared.web.Ui;
import se.trygghetsdialog.shared.web.WebPage;

/** Who keeps the incident log, and its pages' view models. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class IncidentPages {

  static final String BASE = "/personal/incidenter";
  static final int PAGE_SIZE = 20;

  private final Incidents incidents;

  /** Administrators of the municipality keep the incident log. */
  static StaffPrincipal administrator(MunicipalityId municipality) {
    return StaffAccounts.signedIn(
        s -> s.has(Role.ADMINISTRATOR) && s.municipalityId().equals(municipality),
        "may not keep the incident log");
  }

  static IncidentViews.Deadline deadline(Incident incident, Ui ui) {
    if (incident.reported()) {
      return new IncidentViews.Deadline(
          ui.t("incident.deadline.reported", ui.date(incident.reportedToImyOn())), false);
    }
    if (!incident.notReportedReason().isBlank()) {
      return new IncidentViews.Deadline(ui.t("incident.deadline.notReported"), false);
    }
    if (incident.closed()) {
      return new IncidentViews.Deadline(ui.t("incident.status.closed"), false);
    }
    Duration left = incident.timeLeft(OffsetDateTime.now());
    boolean urgent = left.compareTo(Incident.REMIND_BEFORE) < 0;
    if (left.isNegative()) {
      Duration over = left.negated();
      return new IncidentViews.Deadline(
          ui.t("incident.deadline.passed", over.toHours(), over.toMinutesPart()), true);
    }
    return new IncidentViews.Deadline(
        ui.t("incident.deadline.left", left.toHours(), left.toMinutesPart()), urgent);
  }

  IncidentViews.ListPage list(MunicipalityId municipality, String page, Ui ui) {
    Paging paging = new Paging(Paging.requested(page), PAGE_SIZE, incidents.count(municipality));
    return new IncidentViews.ListPage(
        incidents.newestFirst(municipality, paging.size(), paging.offset()).stream()
            .map(i -> new IncidentViews.Row(i, deadline(i, ui)))
            .toList(),
        paging);
  }

  IncidentViews.FormPage form(IncidentViews.Form form, FormErrors errors, Ui ui) {
    return new IncidentViews.FormPage(
        form, errors, Option.of(IncidentRisk.values(), "incident.risk", form.risk(), ui));
  }

  String create(IncidentViews.Form form, FormErrors errors, WebPage page) {
    page.add("page", form(form, errors, page.ui()));
    return "records/incident/new";
  }

  String show(
      MunicipalityId municipality,
      UUID id,
      IncidentViews.Form form,
      FormErrors errors,
      IncidentViews.ActionForm action,
      FormErrors actionErrors,
      FormErrors closeErrors,
      WebPage page) {
    Incident incident = incidents.require(municipality, id);
    page.add(
        "page",
        new IncidentViews.ShowPage(
            incident,
            deadline(incident, page.ui()),
            form(form, errors, page.ui()),
            incidents.actions(municipality, id),
            action,
            actionErrors,
            closeErrors));
    return "records/incident/show";
  }

  private static IncidentViews.ActionForm today() {
    return new IncidentViews.ActionForm(LocalDate.now(Incidents.ZONE).toString(), "");
  }

  String show(MunicipalityId municipality, UUID id, WebPage page) {
    return closeRefused(municipality, incidents.require(municipality, id), FormErrors.none(), page);
  }

  /** The incident page again with the edit form as typed and its errors. */
  String edited(
      MunicipalityId municipality,
      UUID id,
      IncidentViews.Form form,
      FormErrors errors,
      WebPage page) {
    return show(
        municipality, id, form, errors, today(), FormErrors.none(), FormErrors.none(), page);
  }

  /** The incident page again with the action form as typed and its errors. */
  String actionRefused(
      MunicipalityId municipality,
      Incident incident,
      IncidentViews.ActionForm action,
      FormErrors errors,
      WebPage page) {
    return show(
        municipality,
        incident.id(),
        IncidentViews.Form.of(incident),
        FormErrors.none(),
        action,
        errors,
        FormErrors.none(),
        page);
  }

  /** The incident page, with the refusal to close it if any. */
  String closeRefused(
      MunicipalityId municipality, Incident incident, FormErrors errors, WebPage page) {
    return show(
        municipality,
        incident.id(),
        IncidentViews.Form.of(incident),
        FormErrors.none(),
        today(),
        FormErrors.none(),
        errors,
        page);
  }
}
