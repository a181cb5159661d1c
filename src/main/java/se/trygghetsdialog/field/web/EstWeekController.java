package se.trygghetsdialog.field.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.trygghetsdialog.field.CloseEstWeek;
import se.trygghetsdialog.field.DraftWeeklyReport;
import se.trygghetsdialog.field.EstChecklist;
import se.trygghetsdialog.field.EstRuleViolation;
import se.trygghetsdialog.field.EstWeek;
import se.trygghetsdialog.field.EstWeekFigures;
import se.trygghetsdialog.field.EstWeeks;
import se.trygghetsdialog.field.FieldPolicy;
import se.trygghetsdialog.field.FollowUpWeekAction;
import se.trygghetsdialog.field.PlanWeekAction;
import se.trygghetsdialog.field.StartEstWeek;
import se.trygghetsdialog.field.UpdateEstChecklist;
import se.trygghetsdialog.field.WeekFollowUpOutcome;
import se.trygghetsdialog.field.WeekNumber;
import se.trygghetsdialog.field.WeeklyReports;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.measure.OwnerKind;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.NotFoundException;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.FormText;
import se.trygghetsdialog.shared.web.Option;
import se.trygghetsdialog.shared.web.Paging;
import se.trygghetsdialog.shared.web.Ui;

/**
 * The coordinator's EST week workspace: the list of weeks, starting a week, and a week's page with
 * its figures (counts only), checklist, next week's actions and last week's follow-up.
 */
@Controller
@RequestMapping("/personal/est")
class EstWeekController {

  static final int PAGE_SIZE = 10;

  private final EstWeeks weeks;
  private final EstWeekFigures figures;
  private final WeeklyReports reports;
  private final StartEstWeek startWeek;
  private final UpdateEstChecklist updateChecklist;
  private final PlanWeekAction planAction;
  private final FollowUpWeekAction followUp;
  private final CloseEstWeek closeWeek;
  private final DraftWeeklyReport draftReport;
  private final MessageSource messages;

  EstWeekController(
      EstWeeks weeks,
      EstWeekFigures figures,
      WeeklyReports reports,
      StartEstWeek startWeek,
      UpdateEstChecklist updateChecklist,
      PlanWeekAction planAction,
      FollowUpWeekAction followUp,
      CloseEstWeek closeWeek,
      DraftWeeklyReport draftReport,
      MessageSource messages) {
    this.weeks = weeks;
    this.figures = figures;
    this.reports = reports;
    this.startWeek = startWeek;
    this.updateChecklist = updateChecklist;
    this.planAction = planAction;
    this.followUp = followUp;
    this.closeWeek = closeWeek;
    this.draftReport = draftReport;
    this.messages = messages;
  }

  // ---- list and start ----------------------------------------------------------------------

  @GetMapping
  String list(
      MunicipalityId municipality,
      @RequestParam(name = "sida", defaultValue = "1") String page,
      Model model,
      @ModelAttribute("ui") Ui ui) {
    StaffPrincipal staff = EstForms.viewer();
    WeekNumber last = WeekNumber.of(LocalDate.now(WeekNumber.ZONE)).previous();
    return renderList(
        municipality,
        Paging.requested(page),
        String.valueOf(last.year()),
        String.valueOf(last.week()),
        FormErrors.none(),
        model,
        staff);
  }

  private String renderList(
      MunicipalityId municipality,
      int page,
      String year,
      String week,
      FormErrors errors,
      Model model,
      StaffPrincipal staff) {
    model.addAttribute("page", weeks.page(municipality, page, PAGE_SIZE));
    model.addAttribute("year", year);
    model.addAttribute("week", week);
    model.addAttribute("errors", errors);
    model.addAttribute("mayBuild", FieldPolicy.mayBuildWeek(staff));
    return "field/week/list";
  }

  @PostMapping
  String start(
      MunicipalityId municipality,
      @RequestParam(name = "year", defaultValue = "") String year,
      @RequestParam(name = "week", defaultValue = "") String week,
      Model model,
      @ModelAttribute("ui") Ui ui,
      HttpServletResponse response) {
    StaffPrincipal staff = EstForms.builder();
    FormErrors.Builder errors = FormErrors.builder(messages, ui.locale());
    Integer y = number(year);
    Integer w = number(week);
    if (y == null || y < 2000 || y > 2999) {
      errors.add("year", "field.week.error.year");
    }
    if (w == null) {
      errors.add("week", "field.week.error.week");
    }
    if (!errors.any()) {
      var number = WeekNumber.parse(y, w);
      if (number.isPresent()) {
        startWeek.start(municipality, number.get(), staff);
        return "redirect:" + EstForms.path(number.get());
      }
      errors.add("week", "field.week.error.week");
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    return renderList(municipality, 1, year, week, errors.build(), model, staff);
  }

  private static @Nullable Integer number(String value) {
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  // ---- the week ----------------------------------------------------------------------------

  /** What the forms on the week page hold when one of them comes back with errors. */
  record Forms(
      @Nullable Map<String, UpdateEstChecklist.Entry> checklist,
      WeekActionForm action,
      Map<String, String> followUpComments) {

    static Forms fresh() {
      return new Forms(null, WeekActionForm.blank(), Map.of());
    }
  }

  private EstWeek find(MunicipalityId municipality, int year, int week) {
    return weeks
        .find(municipality, EstForms.week(year, week))
        .orElseThrow(() -> new NotFoundException("week"));
  }

  @GetMapping("/{year}/{week}")
  String show(
      MunicipalityId municipality,
      @PathVariable("year") int year,
      @PathVariable("week") int week,
      Model model,
      @ModelAttribute("ui") Ui ui) {
    StaffPrincipal staff = EstForms.viewer();
    return render(
        find(municipality, year, week), Forms.fresh(), FormErrors.none(), model, ui, staff);
  }

  private String render(
      EstWeek week, Forms forms, FormErrors errors, Model model, Ui ui, StaffPrincipal staff) {
    boolean mayBuild = FieldPolicy.mayBuildWeek(staff) && week.open();
    List<EstChecklist.Item> items = weeks.checklist(week);
    if (forms.checklist() != null) {
      items =
          items.stream()
              .map(
                  i -> {
                    var entry = forms.checklist().get(i.key());
                    return entry == null
                        ? i
                        : new EstChecklist.Item(
                            i.key(), entry.done(), i.doneByName(), i.doneAt(), entry.note());
                  })
              .toList();
    }
    model.addAttribute("week", week);
    model.addAttribute("figures", figures.of(week.municipalityId(), week.week(), ui.locale()));
    model.addAttribute("checklist", items);
    model.addAttribute("planned", weeks.planned(week));
    model.addAttribute("followUps", weeks.followUps(week));
    model.addAttribute("report", reports.ofWeek(week).orElse(null));
    model.addAttribute("mayBuild", mayBuild);
    model.addAttribute("action", forms.action());
    model.addAttribute(
        "ownerKinds",
        Arrays.stream(OwnerKind.values())
            .map(
                k ->
                    new Option(
                        k.name(),
                        ui.e("measure.ownerKind", k),
                        k.name().equals(forms.action().ownerKind())))
            .toList());
    model.addAttribute("followUpComments", forms.followUpComments());
    model.addAttribute("errors", errors);
    model.addAttribute("path", EstForms.path(week.week()));
    return "field/week/show";
  }

  @PostMapping("/{year}/{week}/checklista")
  String checklist(
      MunicipalityId municipality,
      @PathVariable("year") int year,
      @PathVariable("week") int week,
      @RequestParam(name = "done", required = false) @Nullable List<String> done,
      HttpServletRequest request,
      Model model,
      @ModelAttribute("ui") Ui ui,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    StaffPrincipal staff = EstForms.builder();
    EstWeek estWeek = find(municipality, year, week);
    Map<String, UpdateEstChecklist.Entry> entries = new HashMap<>();
    for (String key : EstChecklist.DEFAULT_ITEMS) {
      entries.put(
          key,
          new UpdateEstChecklist.Entry(
              done != null && done.contains(key),
              FormText.clean(request.getParameter("note-" + key))));
    }
    try {
      updateChecklist.update(estWeek, entries, staff);
      redirect.addFlashAttribute("notice", "field.week.notice.checklist");
      return "redirect:" + EstForms.path(estWeek.week()) + "#checklista";
    } catch (EstRuleViolation v) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return render(
          estWeek,
          new Forms(entries, WeekActionForm.blank(), Map.of()),
          errors(v, ui),
          model,
          ui,
          staff);
    }
  }

  @PostMapping("/{year}/{week}/atgarder")
  String plan(
      MunicipalityId municipality,
      @PathVariable("year") int year,
      @PathVariable("week") int week,
      @RequestParam(name = "token", defaultValue = "") String token,
      @RequestParam(name = "title", defaultValue = "") String title,
      @RequestParam(name = "description", defaultValue = "") String description,
      @RequestParam(name = "owner", defaultValue = "") String owner,
      @RequestParam(name = "ownerKind", defaultValue = "") String ownerKind,
      Model model,
      @ModelAttribute("ui") Ui ui,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    StaffPrincipal staff = EstForms.builder();
    EstWeek estWeek = find(municipality, year, week);
    UUID creationToken = FormText.uuid(token);
    OwnerKind kind = FormText.enumValue(OwnerKind.class, ownerKind);
    WeekActionForm form =
        new WeekActionForm(
            creationToken == null ? UUID.randomUUID().toString() : creationToken.toString(),
            FormText.clean(title),
            FormText.clean(description),
            FormText.clean(owner),
            ownerKind);
    FormErrors errors;
    if (kind == null) {
      errors =
          FormErrors.builder(messages, ui.locale())
              .add("ownerKind", "field.week.error.ownerKind")
              .build();
    } else {
      try {
        planAction.plan(
            estWeek,
            new PlanWeekAction.Input(
                UUID.fromString(form.token()),
                form.title(),
                form.description(),
                form.owner(),
                kind,
                null),
            staff);
        redirect.addFlashAttribute("notice", "field.week.notice.planned");
        return "redirect:" + EstForms.path(estWeek.week()) + "#atgarder";
      } catch (EstRuleViolation v) {
        errors = errors(v, ui);
      }
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    return render(estWeek, new Forms(null, form, Map.of()), errors, model, ui, staff);
  }

  @PostMapping("/{year}/{week}/uppfoljning")
  String followUp(
      MunicipalityId municipality,
      @PathVariable("year") int year,
      @PathVariable("week") int week,
      @RequestParam(name = "measure", defaultValue = "") String measure,
      @RequestParam(name = "outcome", defaultValue = "") String outcome,
      @RequestParam(name = "comment", defaultValue = "") String comment,
      Model model,
      @ModelAttribute("ui") Ui ui,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    StaffPrincipal staff = EstForms.builder();
    EstWeek estWeek = find(municipality, year, week);
    UUID measureId = FormText.uuid(measure);
    if (measureId == null) {
      throw new NotFoundException("action");
    }
    WeekFollowUpOutcome result = FormText.enumValue(WeekFollowUpOutcome.class, outcome);
    String text = FormText.clean(comment);
    FormErrors errors;
    if (result == null) {
      errors =
          FormErrors.builder(messages, ui.locale())
              .add("outcome-" + measureId, "field.week.error.outcome")
              .build();
    } else {
      try {
        followUp.record(estWeek, measureId, result, text, staff);
        redirect.addFlashAttribute("notice", "field.week.notice.followedUp");
        return "redirect:" + EstForms.path(estWeek.week()) + "#uppfoljning";
      } catch (EstRuleViolation v) {
        errors = errors(v, ui);
      }
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    return render(
        estWeek,
        new Forms(null, WeekActionForm.blank(), Map.of(measureId.toString(), text)),
        errors,
        model,
        ui,
        staff);
  }

  @PostMapping("/{year}/{week}/avsluta")
  String close(
      MunicipalityId municipality,
      @PathVariable("year") int year,
      @PathVariable("week") int week,
      Model model,
      @ModelAttribute("ui") Ui ui,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    StaffPrincipal staff = EstForms.builder();
    EstWeek estWeek = find(municipality, year, week);
    try {
      closeWeek.close(estWeek, staff);
      redirect.addFlashAttribute("notice", "field.week.notice.closed");
      return "redirect:" + EstForms.path(estWeek.week());
    } catch (EstRuleViolation v) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return render(estWeek, Forms.fresh(), errors(v, ui), model, ui, staff);
    }
  }

  /**
   * Creates the week's weekly report (pre-filled) and opens it; a closed week shows its page with
   * the refusal and a 400.
   */
  @PostMapping("/{year}/{week}/veckorapport")
  String createReport(
      MunicipalityId municipality,
      @PathVariable("year") int year,
      @PathVariable("week") int week,
      Model model,
      @ModelAttribute("ui") Ui ui,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    StaffPrincipal staff = EstForms.builder();
    EstWeek estWeek = find(municipality, year, week);
    try {
      draftReport.create(estWeek, staff);
      redirect.addFlashAttribute("notice", "field.weekly.notice.created");
      return "redirect:" + EstForms.path(estWeek.week()) + "/veckorapport";
    } catch (EstRuleViolation v) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return render(estWeek, Forms.fresh(), errors(v, ui), model, ui, staff);
    }
  }

  private FormErrors errors(EstRuleViolation v, Ui ui) {
    FormErrors.Builder errors = FormErrors.builder(messages, ui.locale());
    v.problems().forEach(p -> errors.add(p.field(), p.messageKey()));
    return errors.build();
  }
}
