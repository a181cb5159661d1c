package se.trygghetsdialog.field.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.trygghetsdialog.field.FieldPolicy;
import se.trygghetsdialog.field.FieldReportDraft;
import se.trygghetsdialog.field.FieldReportValidation;
import se.trygghetsdialog.field.FieldRuleViolation;
import se.trygghetsdialog.field.FileFieldReport;
import se.trygghetsdialog.field.ReporterKind;
import se.trygghetsdialog.geo.Gazetteer;
import se.trygghetsdialog.geo.GazetteerEntry;
import se.trygghetsdialog.geo.PlaceCategories;
import se.trygghetsdialog.geo.PlaceSettings;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.moderation.PersonalDataKind;
import se.trygghetsdialog.moderation.PersonalDataScreener;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.FormText;
import se.trygghetsdialog.shared.web.MapJson;
import se.trygghetsdialog.shared.web.Option;
import se.trygghetsdialog.shared.web.Ui;

/**
 * Field reports from a phone: the form, with several events; map, gazetteer list or coordinates.
 */
@Controller
class FieldReportFormController {

  private static final String FORM = "/personal/faltrapporter/ny";

  private final PlaceCategories categories;
  private final PlaceSettings settings;
  private final Gazetteer gazetteer;
  private final PersonalDataScreener screener;
  private final FileFieldReport fileFieldReport;
  private final MessageSource messages;

  FieldReportFormController(
      PlaceCategories categories,
      PlaceSettings settings,
      Gazetteer gazetteer,
      PersonalDataScreener screener,
      FileFieldReport fileFieldReport,
      MessageSource messages) {
    this.categories = categories;
    this.settings = settings;
    this.gazetteer = gazetteer;
    this.screener = screener;
    this.fileFieldReport = fileFieldReport;
    this.messages = messages;
  }

  private static String today() {
    return LocalDate.now(FieldPolicy.ZONE).toString();
  }

  @GetMapping(FORM)
  String form(
      MunicipalityId municipality,
      HttpServletResponse response,
      Model model,
      @ModelAttribute("ui") Ui ui) {
    StaffPrincipal staff = FieldReportPages.filer(municipality);
    response.setHeader("Cache-Control", "no-store");
    FieldReportDraft draft = FieldReportDraft.blank(UUID.randomUUID().toString(), today());
    return render(municipality, staff, draft, FormErrors.none(), false, true, model, ui);
  }

  @PostMapping(FORM)
  String submit(
      MunicipalityId municipality,
      @RequestParam(name = "action", defaultValue = "file") String action,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model,
      @ModelAttribute("ui") Ui ui) {
    StaffPrincipal staff = FieldReportPages.filer(municipality);
    response.setHeader("Cache-Control", "no-store");
    FieldReportDraft draft = FieldReportForm.read(request.getParameterMap());
    if (FormText.uuid(draft.submissionKey()) == null) {
      // A form without a key (tampered or very old): give it one, file nothing yet.
      draft =
          new FieldReportDraft(
              UUID.randomUUID().toString(),
              draft.reporterKind(),
              draft.events(),
              draft.confirmScreened());
      action = "show";
    }
    if (draft.events().isEmpty()) {
      draft = draft.withAnotherEvent(today());
    }
    if ("add".equals(action)) {
      return render(
          municipality,
          staff,
          draft.withAnotherEvent(today()),
          FormErrors.none(),
          false,
          false,
          model,
          ui);
    }
    if (action.startsWith("remove-")) {
      int index = index(action);
      if (index >= 0 && index < draft.events().size() && draft.events().size() > 1) {
        List<FieldReportDraft.Event> left = new ArrayList<>(draft.events());
        left.remove(index);
        draft = draft.withEvents(left);
      }
      return render(municipality, staff, draft, FormErrors.none(), false, false, model, ui);
    }
    if (!"file".equals(action)) {
      // "Sök plats" and anything unknown: show the form again with the search results.
      return render(municipality, staff, draft, FormErrors.none(), false, false, model, ui);
    }
    FieldReportDraft resolved =
        draft.withEvents(draft.events().stream().map(e -> resolve(municipality, e)).toList());
    FieldReportValidation.Result result =
        FieldReportValidation.validate(
            resolved,
            id -> categories.reportable(municipality, id),
            settings.of(municipality),
            screener,
            Instant.now());
    if (result.valid()) {
      try {
        FileFieldReport.Receipt receipt =
            fileFieldReport.file(municipality, staff.accountId(), result.input());
        // Resent with a key already filed (a double tap, or an offline draft sent again, maybe
        // edited since): the first report stands and the receipt says so. A query parameter, not
        // a flash attribute: the phone's script follows the redirect with fetch and then opens
        // the same address again.
        return "redirect:/personal/faltrapporter/"
            + receipt.reportId()
            + "/kvitto"
            + (receipt.created() ? "" : "?" + FieldReportPages.ALREADY_FILED + "=1");
      } catch (FieldRuleViolation violation) {
        FormErrors errors = FormErrors.builder(messages, ui.locale()).add(violation).build();
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return render(municipality, staff, resolved, errors, false, false, model, ui);
      }
    }
    FormErrors.Builder errors = FormErrors.builder(messages, ui.locale());
    for (FieldReportValidation.Violation v : result.violations()) {
      if (v.kinds().isEmpty()) {
        errors.add(v.field(), v.messageKey());
      } else {
        errors.add(v.field(), v.messageKey(), kinds(v.kinds(), ui));
      }
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    return render(
        municipality, staff, resolved, errors.build(), result.screeningFailed(), false, model, ui);
  }

  private static int index(String action) {
    try {
      return Integer.parseInt(action.substring(action.indexOf('-') + 1));
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static String kinds(java.util.Set<PersonalDataKind> kinds, Ui ui) {
    return kinds.stream()
        .sorted()
        .map(k -> ui.e("moderation.kind", k))
        .collect(Collectors.joining(", "));
  }

  /**
   * A place chosen from the list gives the event its point and name. Without a chosen place the
   * event has no name: the hidden name field is never taken as typed (it could be stale, from a
   * place chosen earlier, or any unscreened text), since the name reaches the EST week and the
   * weekly report.
   */
  private FieldReportDraft.Event resolve(MunicipalityId municipality, FieldReportDraft.Event e) {
    UUID id = FormText.uuid(e.gazetteerId());
    FieldReportDraft.Event unnamed = e.at(e.gazetteerId(), "", e.latitude(), e.longitude());
    if (id == null) {
      return unnamed;
    }
    return gazetteer
        .find(municipality, id)
        .map(
            entry ->
                e.at(
                    e.gazetteerId(),
                    entry.name(),
                    FormText.coordinate(entry.location().latitude()),
                    FormText.coordinate(entry.location().longitude())))
        .orElse(unnamed);
  }

  private String render(
      MunicipalityId municipality,
      StaffPrincipal staff,
      FieldReportDraft draft,
      FormErrors errors,
      boolean screeningFailed,
      boolean fresh,
      Model model,
      Ui ui) {
    Locale locale = ui.locale();
    List<FieldReportViews.CategoryGroup> groups = new ArrayList<>();
    for (PlaceCategories.Group group : categories.groups(municipality)) {
      groups.add(
          new FieldReportViews.CategoryGroup(
              group.category().id().toString(),
              group.category().name(locale),
              group.children().stream()
                  .map(c -> new Option(c.id().toString(), c.name(locale), false))
                  .toList()));
    }
    List<GazetteerEntry> localities = gazetteer.localities(municipality);
    List<FieldReportViews.EventBlock> blocks = new ArrayList<>();
    for (int i = 0; i < draft.events().size(); i++) {
      FieldReportDraft.Event event = draft.events().get(i);
      boolean searched = !event.placeQuery().isBlank();
      Map<String, Option> places = new LinkedHashMap<>();
      UUID chosen = FormText.uuid(event.gazetteerId());
      if (chosen != null) {
        gazetteer
            .find(municipality, chosen)
            .ifPresent(
                g -> places.put(g.id().toString(), new Option(g.id().toString(), g.name(), true)));
      }
      for (GazetteerEntry g :
          searched ? gazetteer.search(municipality, event.placeQuery()) : localities) {
        places.putIfAbsent(g.id().toString(), new Option(g.id().toString(), g.name(), false));
      }
      blocks.add(new FieldReportViews.EventBlock(i, event, List.copyOf(places.values()), searched));
    }
    List<Option> kinds =
        java.util.Arrays.stream(ReporterKind.values())
            .map(
                k ->
                    new Option(
                        k.name(),
                        ui.e("field.report.reporterKind", k),
                        k.name().equals(draft.reporterKind())))
            .toList();
    model.addAttribute(
        "page",
        new FieldReportViews.FormPage(
            draft,
            errors,
            blocks,
            groups,
            kinds,
            settings.of(municipality),
            MapJson.namedPoints(
                localities,
                GazetteerEntry::name,
                l -> l.location().latitude(),
                l -> l.location().longitude()),
            screeningFailed || draft.confirmScreened(),
            draft.events().size() < FieldPolicy.MAX_EVENTS,
            staff.accountId().toString()));
    model.addAttribute("fresh", fresh);
    return "field/report/form";
  }
}
