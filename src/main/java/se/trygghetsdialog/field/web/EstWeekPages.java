package se.trygghetsdialog.field.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.trygghetsdialog.field.EstChecklist;
import se.trygghetsdialog.field.EstSettings;
import se.trygghetsdialog.field.EstWeek;
import se.trygghetsdialog.field.EstWeekFigures;
import se.trygghetsdialog.field.EstWeeks;
import se.trygghetsdialog.field.FieldPolicy;
import se.trygghetsdialog.field.UpdateEstChecklist;
import se.trygghetsdialog.field.WeeklyReports;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.measure.OwnerKind;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.NotFoundException;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.FormSubmissions;
import se.trygghetsdialog.shared.web.FormText;
import se.trygghetsdialog.shared.web.Option;
import se.trygghetsdialog.shared.web.Ui;

/**
 * What the EST week controllers share: finding a week, reading the checklist form, building the
 * week page and the one error path of its forms.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class EstWeekPages {

  private final EstWeeks weeks;
  private final EstWeekFigures figures;
  private final WeeklyReports reports;
  private final FormSubmissions forms;
  private final EstSettings settings;

  /** What a form of the week page posted, for the one error path. */
  record Post(
      EstWeek week,
      StaffPrincipal staff,
      Model model,
      Ui ui,
      HttpServletResponse response,
      RedirectAttributes redirect) {}

  /** A post by the coordinator to the week's page; refused unless the staff member may build it. */
  Post post(
      MunicipalityId municipality,
      int year,
      int week,
      Model model,
      Ui ui,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    StaffPrincipal staff = EstForms.builder();
    return new Post(find(municipality, year, week), staff, model, ui, response, redirect);
  }

  /** A decision without input (close the week, create its report) through the same error path. */
  String decide(Post post, Runnable action, String notice, String then) {
    return submit(
        post, EstForms.noInput(), Forms.fresh(), UnaryOperator.identity(), action, notice, then);
  }

  /**
   * Runs a form's action and goes back to the week page ({@code then}, with the notice), or shows
   * the week page again with the form as typed and its errors (400).
   */
  String submit(
      Post post,
      BindingResult binding,
      Forms typed,
      UnaryOperator<FormErrors> fields,
      Runnable action,
      String notice,
      String then) {
    return forms.submit(
        binding,
        () -> {
          action.run();
          post.redirect().addFlashAttribute("notice", notice);
          return "redirect:" + EstForms.path(post.week().week()) + then;
        },
        errors ->
            render(
                post.week(), typed, fields.apply(errors), post.model(), post.ui(), post.staff()));
  }

  /** What the forms on the week page hold when one of them comes back with errors. */
  record Forms(
      @Nullable Map<String, UpdateEstChecklist.Entry> checklist,
      WeekActionForm action,
      Map<String, String> followUpComments) {

    static Forms fresh() {
      return new Forms(null, WeekActionForm.blank(), Map.of());
    }
  }

  /** The checklist form: every item, ticked or not, with its note as typed. */
  static Map<String, UpdateEstChecklist.Entry> checklist(
      @Nullable List<String> done, HttpServletRequest request) {
    Map<String, UpdateEstChecklist.Entry> entries = new HashMap<>();
    // Every item the form names; the action keeps only the municipality's own items.
    java.util.Set<String> keys = new java.util.LinkedHashSet<>();
    if (done != null) {
      keys.addAll(done);
    }
    request.getParameterMap().keySet().stream()
        .filter(name -> name.startsWith("note-"))
        .forEach(name -> keys.add(name.substring("note-".length())));
    for (String key : keys) {
      entries.put(
          key,
          new UpdateEstChecklist.Entry(
              done != null && done.contains(key),
              FormText.clean(request.getParameter("note-" + key))));
    }
    return entries;
  }

  EstWeek find(MunicipalityId municipality, int year, int week) {
    return weeks
        .find(municipality, EstForms.week(year, week))
        .orElseThrow(() -> new NotFoundException("week"));
  }

  String render(
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
    model.addAttribute("checkLabels", settings.labels(week.municipalityId(), ui.locale()));
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
}
