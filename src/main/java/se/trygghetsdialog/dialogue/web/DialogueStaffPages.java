package se.trygghetsdialog.dialogue.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
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
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.FormText;
import se.trygghetsdialog.shared.web.Option;
import se.trygghetsdialog.shared.web.Ui;
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

  String create(
      MunicipalityId municipality, CreateDialogueForm form, FormErrors errors, Model model) {
    Ui ui = ui(model);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute(
        "bodies",
        organisations.decidingBodies(municipality).stream()
            .map(o -> option(o.id().toString(), o.name(), form.decisionBodyId()))
            .toList());
    model.addAttribute(
        "areaOptions",
        areas.all(municipality).stream()
            .map(a -> option(a.id().toString(), a.name(), form.areaId()))
            .toList());
    model.addAttribute(
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
      Model model) {
    DialoguePageModel page = views.page(municipality, dialogue, LocaleContextHolder.getLocale());
    model.addAttribute("model", page);
    // The page model already holds the team; no second query for the policy.
    model.addAttribute("mayManage", DialoguePolicy.mayManage(DialogueAccess.staff(), page.team()));
    model.addAttribute("feedback", feedback);
    model.addAttribute("errors", errors);
    return "dialogue/staff/manage";
  }

  String charter(
      MunicipalityId municipality,
      Dialogue dialogue,
      CharterForm form,
      FormErrors errors,
      Model model) {
    Ui ui = ui(model);
    model.addAttribute("dialogue", dialogue);
    model.addAttribute(
        "hints",
        hints
            .orderedStream()
            .flatMap(h -> h.forPreparing(municipality, dialogue.id()).stream())
            .toList());
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute(
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
    model.addAttribute(
        "conflictLevels",
        Arrays.stream(ConflictLevel.values())
            .map(c -> option(c.name(), ui.e("dialogue.conflict", c), form.conflictLevel()))
            .toList());
    model.addAttribute(
        "influenceOptions",
        List.of(
            option("yes", ui.t("dialogue.field.canBeInfluenced.yes"), form.canBeInfluenced()),
            option("no", ui.t("dialogue.field.canBeInfluenced.no"), form.canBeInfluenced())));
    return "dialogue/staff/charter";
  }

  /** The page's texts, which the layout's advice put in every model. */
  private static Ui ui(Model model) {
    return (Ui) model.getAttribute("ui");
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

  String plan(Dialogue dialogue, List<String[]> rows, FormErrors errors, Model model) {
    model.addAttribute("dialogue", dialogue);
    model.addAttribute("rows", rows);
    model.addAttribute("errors", errors);
    return "dialogue/staff/plan";
  }

  String team(MunicipalityId municipality, Dialogue dialogue, FormErrors errors, Model model) {
    Ui ui = ui(model);
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
    model.addAttribute("dialogue", dialogue);
    model.addAttribute("team", team);
    model.addAttribute("people", people);
    model.addAttribute(
        "roles",
        Arrays.stream(TeamRole.values())
            .map(r -> new Option(r.name(), ui.e("dialogue.teamRole", r), false))
            .toList());
    model.addAttribute("errors", errors);
    return "dialogue/staff/team";
  }
}
