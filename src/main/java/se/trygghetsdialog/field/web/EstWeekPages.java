package se.trygghetsdialog.field.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
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
import se.trygghetsdialog.shared.web.Option;
import se.trygghetsdialog.shared.web.Ui;
import se.trygghetsdialog.shared.web.WebPage;

/**
 * What the EST week controllers share: finding a week, reading the checklist form, building the
 * week page and the one error path of its forms.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class EstWeekPages {

  private static final String NOTE = "note-";
  private static final Pattern CHECK_KEY = Pattern.compile("[A-Za-z0-9_-]{1,60}");
  private static final Pattern ITEM_NOTE = Pattern.compile("items\\[([A-Za-z0-9_-]+)\\]\\.note");

  private final EstWeeks weeks;
  private final EstWeekFigures figures;
  private final WeeklyReports reports;
  private final FormSubmissions forms;
  private final EstSettings settings;

  /**
   * What a form of the week page posted, for the one error path: a handler takes it as a parameter
   * ({@link EstWeekPosts}); the week is refused unless the staff member may build it.
   */
  record Post(EstWeek week, StaffPrincipal staff) {}

  /**
   * A decision without input (close the week, create its report) by the staff member on the week,
   * through the same error path.
   */
  String decide(
      Post post,
      BiConsumer<EstWeek, StaffPrincipal> decision,
      String notice,
      String then,
      WebPage page) {
    return submit(
        post,
        EstForms.noInput(),
        Forms.fresh(),
        UnaryOperator.identity(),
        () -> decision.accept(post.week(), post.staff()),
        notice,
        then,
        page);
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
      String then,
      WebPage page) {
    return forms.submit(
        binding,
        () -> {
          action.run();
          return page.redirect(notice, EstForms.path(post.week().week()) + then);
        },
        errors -> render(post.week(), typed, fields.apply(errors), post.staff(), page));
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

  /**
   * The checklist form's parameters under the command's names: the item of key {@code KEY} (ticked
   * when {@code done} holds it, its note from {@code note-KEY}) is {@code items[KEY]}. Every item
   * the form names is passed on; the action keeps only the municipality's own items.
   */
  static Map<String, String[]> named(Map<String, String[]> params) {
    List<String> done = Arrays.asList(params.getOrDefault("done", new String[0]));
    Set<String> keys = new LinkedHashSet<>(done);
    params.keySet().stream()
        .filter(name -> name.startsWith(NOTE))
        .forEach(name -> keys.add(name.substring(NOTE.length())));
    Map<String, String[]> named = new LinkedHashMap<>();
    for (String key : keys) {
      if (!CHECK_KEY.matcher(key).matches()) {
        continue;
      }
      named.put("items[" + key + "].done", new String[] {String.valueOf(done.contains(key))});
      String[] note = params.get(NOTE + key);
      if (note != null) {
        named.put("items[" + key + "].note", note);
      }
    }
    return named;
  }

  /**
   * The checklist command's errors on the notes' inputs ({@code items[police].note} is
   * note-police).
   */
  static FormErrors checklistErrors(FormErrors errors) {
    return errors.mapped(
        item -> {
          Matcher m = ITEM_NOTE.matcher(item.field());
          return m.matches() ? new FormErrors.Item(NOTE + m.group(1), item.message()) : item;
        },
        (a, b) -> 0);
  }

  EstWeek find(MunicipalityId municipality, int year, int week) {
    return weeks
        .find(municipality, EstForms.week(year, week))
        .orElseThrow(() -> new NotFoundException("week"));
  }

  String render(EstWeek week, Forms forms, FormErrors errors, StaffPrincipal staff, WebPage page) {
    Ui ui = page.ui();
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
    page.add("week", week);
    page.add("figures", figures.of(week.municipalityId(), week.week(), ui.locale()));
    page.add("checklist", items);
    page.add("checkLabels", settings.labels(week.municipalityId(), ui.locale()));
    page.add("planned", weeks.planned(week));
    page.add("followUps", weeks.followUps(week));
    page.add("report", reports.ofWeek(week).orElse(null));
    page.add("mayBuild", mayBuild);
    page.add("action", forms.action());
    page.add(
        "ownerKinds",
        Option.of(OwnerKind.values(), "measure.ownerKind", forms.action().ownerKind(), ui));
    page.add("followUpComments", forms.followUpComments());
    page.add("errors", errors);
    page.add("path", EstForms.path(week.week()));
    return "field/week/show";
  }
}
