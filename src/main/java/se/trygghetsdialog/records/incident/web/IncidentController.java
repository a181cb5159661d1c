package se.trygghetsdialog.records.incident.web;

import jakarta.validation.Valid;
import java.util.HashMap;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.records.incident.Incidents;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.FormSubmissions;
import se.trygghetsdialog.shared.web.WebPage;

/**
 * The personal-data incident log for administrators: the list with each incident's time left to the
 * IMY deadline, recording and editing an incident, its decisions and actions, and closing it.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class IncidentController {

  private final Incidents incidents;
  private final IncidentPages pages;
  private final FormSubmissions forms;

  @GetMapping(IncidentPages.BASE)
  String list(
      MunicipalityId municipality,
      @RequestParam(name = "sida", defaultValue = "1") String sida,
      WebPage page) {
    IncidentPages.administrator(municipality);
    page.add("page", pages.list(municipality, sida, page.ui()));
    return "records/incident/list";
  }

  @GetMapping(IncidentPages.BASE + "/ny")
  String newForm(MunicipalityId municipality, WebPage page) {
    IncidentPages.administrator(municipality);
    return pages.create(IncidentViews.Form.blank(), FormErrors.none(), page);
  }

  @PostMapping(IncidentPages.BASE + "/ny")
  String record(
      MunicipalityId municipality,
      @Valid @ModelAttribute("incident") Incidents.Command command,
      BindingResult binding,
      @ModelAttribute("form") IncidentViews.Form form,
      WebPage page) {
    StaffPrincipal staff = IncidentPages.administrator(municipality);
    return forms.submit(
        binding,
        () -> {
          UUID id = incidents.record(municipality, staff.accountId(), command);
          return page.redirect("incident.notice.recorded", IncidentPages.BASE + "/" + id);
        },
        errors -> pages.create(form, errors, page));
  }

  @GetMapping(IncidentPages.BASE + "/{id}")
  String show(MunicipalityId municipality, @PathVariable UUID id, WebPage page) {
    IncidentPages.administrator(municipality);
    return pages.show(municipality, id, page);
  }

  @PostMapping(IncidentPages.BASE + "/{id}")
  String edit(
      MunicipalityId municipality,
      @PathVariable UUID id,
      @Valid @ModelAttribute("incident") Incidents.Command command,
      BindingResult binding,
      @ModelAttribute("form") IncidentViews.Form form,
      WebPage page) {
    StaffPrincipal staff = IncidentPages.administrator(municipality);
    incidents.require(municipality, id);
    return forms.submit(
        binding,
        () -> {
          incidents.edit(municipality, staff.accountId(), id, command);
          return page.redirect("incident.notice.saved", IncidentPages.BASE + "/" + id);
        },
        errors -> pages.edited(municipality, id, form, errors, page));
  }

  @PostMapping(IncidentPages.BASE + "/{id}/atgard")
  String addAction(
      MunicipalityId municipality,
      @PathVariable UUID id,
      @Valid @ModelAttribute("action") Incidents.AddAction command,
      BindingResult binding,
      @ModelAttribute("form") IncidentViews.ActionForm form,
      WebPage page) {
    StaffPrincipal staff = IncidentPages.administrator(municipality);
    var incident = incidents.require(municipality, id);
    return forms.submit(
        binding,
        () -> {
          incidents.addAction(municipality, staff.accountId(), id, command);
          return page.redirect("incident.notice.actionAdded", IncidentPages.BASE + "/" + id);
        },
        errors -> pages.actionRefused(municipality, incident, form, errors, page));
  }

  @PostMapping(IncidentPages.BASE + "/{id}/stang")
  String close(MunicipalityId municipality, @PathVariable UUID id, WebPage page) {
    StaffPrincipal staff = IncidentPages.administrator(municipality);
    var incident = incidents.require(municipality, id);
    return forms.submit(
        new MapBindingResult(new HashMap<>(), "form"),
        () -> {
          incidents.close(municipality, staff.accountId(), id);
          return page.redirect("incident.notice.closed", IncidentPages.BASE + "/" + id);
        },
        errors -> pages.closeRefused(municipality, incident, errors, page));
  }
}
