package se.trygghetsdialog.dialogue.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import se.trygghetsdialog.dialogue.ConflictLevel;
import se.trygghetsdialog.dialogue.Dialogue;
import se.trygghetsdialog.dialogue.DialoguePolicy;
import se.trygghetsdialog.dialogue.DialogueStep;
import se.trygghetsdialog.dialogue.Dialogues;
import se.trygghetsdialog.dialogue.PreparationHints;
import se.trygghetsdialog.dialogue.StepPlan;
import se.trygghetsdialog.dialogue.TeamMember;
import se.trygghetsdialog.dialogue.TeamRole;
import se.trygghetsdialog.dialogue.TopicOrigin;
import se.trygghetsdialog.identity.Role;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffMember;
import se.trygghetsdialog.population.Population;
import se.trygghetsdialog.population.PopulationTable;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.FormText;
import se.trygghetsdialog.shared.web.Option;
import se.trygghetsdialog.shared.web.Ui;
import se.trygghetsdialog.shared.web.WebPage;
import se.trygghetsdialog.tenancy.Area;
import se.trygghetsdialog.tenancy.Areas;
import se.trygghetsdialog.tenancy.Organisations;
import se.trygghetsdialog.tenancy.ParticipationLadder;

/**
 * Page building of the staff dialogue pages (create, overview, charter, plan, team): each page with
 * its form as typed and its errors, for the first showing and after a refused submission.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DialogueStaffPages {

  private final Organisations organisations;
  private final Areas areas;
  private final ParticipationLadder ladder;
  private final Dialogues dialogues;
  private final StaffAccounts accounts;
  private final DialogueViews views;
  private final ObjectProvider<PreparationHints> hints;
  private final Population population;

  String create(
      MunicipalityId municipality, CreateDialogueForm form, FormErrors errors, WebPage page) {
    Ui ui = page.ui();
    page.add("form", form);
    page.add("errors", errors);
    page.add(
        "bodies",
        organisations.decidingBodies(municipality).stream()
            .map(o -> option(o.id().toString(), o.name(), form.decisionBodyId()))
            .toList());
    page.add(
        "areaOptions",
        areas.all(municipality).stream()
            .map(a -> option(a.id().toString(), a.name(), form.areaId()))
            .toList());
    page.add(
        "origins",
        Arrays.stream(TopicOrigin.values())
            .map(o -> option(o.name(), ui.e("dialogue.origin", o), form.origin()))
            .toList());
    return "dialogue/staff/create";
  }

  String manage(
      MunicipalityId municipality,
      Dialogue dialogue,
      String feedback,
      FormErrors errors,
      WebPage page) {
    DialoguePageModel shown = views.page(municipality, dialogue, page.ui().locale());
    page.add("model", shown);
    // The page model already holds the team; no second query for the policy.
    page.add("mayManage", DialoguePolicy.mayManage(DialogueAccess.staff(), shown.team()));
    page.add("feedback", feedback);
    page.add("errors", errors);
    return "dialogue/staff/manage";
  }

  String charter(
      MunicipalityId municipality,
      Dialogue dialogue,
      CharterForm form,
      FormErrors errors,
      WebPage page) {
    Ui ui = page.ui();
    page.add("dialogue", dialogue);
    page.add(
        "hints",
        hints
            .orderedStream()
            .flatMap(h -> h.forPreparing(municipality, dialogue.id()).stream())
            .toList());
    page.add("population", population(municipality, dialogue));
    page.add("form", form);
    page.add("errors", errors);
    page.add(
        "levels",
        ladder.levels(municipality).stream()
            .map(
                l ->
                    new Option(
                        l.id().toString(),
                        l.name().in(ui.locale()),
                        l.id().toString().equals(form.participationLevelId()),
                        l.explanation().in(ui.locale())))
            .toList());
    page.add(
        "conflictLevels",
        Arrays.stream(ConflictLevel.values())
            .map(c -> option(c.name(), ui.e("dialogue.conflict", c), form.conflictLevel()))
            .toList());
    page.add(
        "influenceOptions",
        List.of(
            option("yes", ui.t("dialogue.field.canBeInfluenced.yes"), form.canBeInfluenced()),
            option("no", ui.t("dialogue.field.canBeInfluenced.no"), form.canBeInfluenced())));
    return "dialogue/staff/charter";
  }

  /** The newest population figures for the dialogue's area, else for the whole municipality. */
  private CharterPopulation population(MunicipalityId municipality, Dialogue dialogue) {
    UUID area = dialogue.areaId();
    PopulationTable table = population.table(municipality, area).orElse(null);
    String areaName = area == null ? "" : areas.find(municipality, area).map(Area::name).orElse("");
    return new CharterPopulation(
        table, areaName, table != null && area != null && area.equals(table.areaId()));
  }

  private static Option option(String value, String label, @Nullable String chosen) {
    return new Option(value, label, value.equals(chosen));
  }

  /** The plan's rows as stored: step name, start and end as typed in a date field. */
  List<String[]> planRows(MunicipalityId municipality, Dialogue dialogue) {
    List<String[]> rows = new ArrayList<>();
    for (StepPlan step : dialogues.plan(municipality, dialogue.id())) {
      rows.add(
          new String[] {
            step.step().name(),
            step.start() == null ? "" : step.start().toString(),
            step.end() == null ? "" : step.end().toString()
          });
    }
    return rows;
  }

  /** The plan's rows as typed: step name, start and end. */
  static List<String[]> planRows(Map<String, String> params) {
    List<String[]> rows = new ArrayList<>();
    for (DialogueStep step : DialogueStep.values()) {
      rows.add(
          new String[] {
            step.name(),
            FormText.clean(params.get("start_" + step.name())),
            FormText.clean(params.get("end_" + step.name()))
          });
    }
    return rows;
  }

  /**
   * The plan form's dates, one row a step; a date that is not a real date is an error on its field
   * in {@code binding}.
   */
  static List<StepPlan> plan(List<String[]> rows, BindingResult binding) {
    List<StepPlan> plan = new ArrayList<>();
    for (String[] row : rows) {
      plan.add(
          new StepPlan(
              DialogueStep.valueOf(row[0]),
              date("start_" + row[0], row[1], binding),
              date("end_" + row[0], row[2], binding)));
    }
    return plan;
  }

  private static @Nullable LocalDate date(String field, String value, BindingResult binding) {
    LocalDate date = FormText.date(value);
    if (!value.isEmpty() && date == null) {
      binding.rejectValue(field, "dialogue.error.plan.invalidDate");
    }
    return date;
  }

  String plan(Dialogue dialogue, List<String[]> rows, FormErrors errors, WebPage page) {
    page.add("dialogue", dialogue);
    page.add("rows", rows);
    page.add("errors", errors);
    return "dialogue/staff/plan";
  }

  String team(MunicipalityId municipality, Dialogue dialogue, FormErrors errors, WebPage page) {
    Ui ui = page.ui();
    List<StaffMember> candidates =
        new ArrayList<>(accounts.withRole(municipality, Role.PROCESS_LEADER));
    for (StaffMember member : accounts.withRole(municipality, Role.CONVERSATION_LEADER)) {
      if (candidates.stream().noneMatch(c -> c.id().equals(member.id()))) {
        candidates.add(member);
      }
    }
    List<TeamMember> team = dialogues.team(municipality, dialogue.id());
    // Members already in the team are not offered again (remove one to change their role).
    List<Option> people =
        candidates.stream()
            .filter(m -> team.stream().noneMatch(t -> t.accountId().equals(m.id())))
            .map(m -> new Option(m.id().toString(), m.displayName(), false))
            .toList();
    page.add("dialogue", dialogue);
    page.add("team", team);
    page.add("people", people);
    page.add(
        "roles",
        Arrays.stream(TeamRole.values())
            .map(r -> new Option(r.name(), ui.e("dialogue.teamRole", r), false))
            .toList());
    page.add("errors", errors);
    return "dialogue/staff/team";
  }
}
