package se.trygghetsdialog.dialogue.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
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
import se.trygghetsdialog.dialogue.Dialogue;
import se.trygghetsdialog.dialogue.DialogueRuleViolation;
import se.trygghetsdialog.dialogue.Dialogues;
import se.trygghetsdialog.dialogue.ManageTeam;
import se.trygghetsdialog.dialogue.TeamMember;
import se.trygghetsdialog.dialogue.TeamRole;
import se.trygghetsdialog.identity.Role;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffMember;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.FormText;
import se.trygghetsdialog.shared.web.Option;
import se.trygghetsdialog.shared.web.Ui;

/** Staff page for the neutral dialogue team. */
@Controller
@RequestMapping("/personal/dialoger")
class DialogueTeamController {

  private final DialogueAccess access;
  private final Dialogues dialogues;
  private final ManageTeam manageTeam;
  private final StaffAccounts accounts;
  private final MessageSource messages;

  DialogueTeamController(
      DialogueAccess access,
      Dialogues dialogues,
      ManageTeam manageTeam,
      StaffAccounts accounts,
      MessageSource messages) {
    this.access = access;
    this.dialogues = dialogues;
    this.manageTeam = manageTeam;
    this.accounts = accounts;
    this.messages = messages;
  }

  @GetMapping("/{id}/team")
  String teamForm(
      MunicipalityId municipality,
      @PathVariable UUID id,
      Model model,
      @ModelAttribute("ui") Ui ui) {
    Dialogue dialogue = access.managed(municipality, id);
    return renderTeam(municipality, dialogue, FormErrors.none(), model, ui);
  }

  private String renderTeam(
      MunicipalityId municipality, Dialogue dialogue, FormErrors errors, Model model, Ui ui) {
    List<Option> people = new ArrayList<>();
    List<StaffMember> candidates =
        new ArrayList<>(accounts.withRole(municipality, Role.PROCESS_LEADER));
    for (StaffMember member : accounts.withRole(municipality, Role.CONVERSATION_LEADER)) {
      if (candidates.stream().noneMatch(c -> c.id().equals(member.id()))) {
        candidates.add(member);
      }
    }
    List<TeamMember> team = dialogues.team(municipality, dialogue.id());
    for (StaffMember member : candidates) {
      // Members already in the team are not offered again (remove one to change their role).
      if (team.stream().noneMatch(t -> t.accountId().equals(member.id()))) {
        people.add(new Option(member.id().toString(), member.displayName(), false));
      }
    }
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

  @PostMapping("/{id}/team")
  String appoint(
      MunicipalityId municipality,
      @PathVariable UUID id,
      @RequestParam(name = "accountId", defaultValue = "") String accountId,
      @RequestParam(name = "teamRole", defaultValue = "") String teamRole,
      Model model,
      @ModelAttribute("ui") Ui ui,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Dialogue dialogue = access.managed(municipality, id);
    FormErrors.Builder errors = FormErrors.builder(messages, ui.locale());
    UUID account = FormText.uuid(accountId);
    TeamRole role = DialogueAccess.parse(TeamRole.class, teamRole);
    if (account == null) {
      errors.add("accountId", "dialogue.error.team.unknown");
    }
    if (role == null) {
      errors.add("teamRole", "dialogue.error.team.roleRequired");
    }
    if (!errors.any()) {
      try {
        manageTeam.appoint(municipality, dialogue.id(), account, role);
        redirect.addFlashAttribute("notice", "dialogue.notice.team");
        return "redirect:/personal/dialoger/" + id + "/team";
      } catch (DialogueRuleViolation violation) {
        errors.add(violation);
      }
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    return renderTeam(municipality, dialogue, errors.build(), model, ui);
  }

  @PostMapping("/{id}/team/{accountId}/ta-bort")
  String removeMember(
      MunicipalityId municipality,
      @PathVariable UUID id,
      @PathVariable UUID accountId,
      Model model,
      @ModelAttribute("ui") Ui ui,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Dialogue dialogue = access.managed(municipality, id);
    try {
      manageTeam.remove(municipality, dialogue.id(), accountId);
      redirect.addFlashAttribute("notice", "dialogue.notice.team");
      return "redirect:/personal/dialoger/" + id + "/team";
    } catch (DialogueRuleViolation violation) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return renderTeam(
          municipality,
          dialogue,
          FormErrors.builder(messages, ui.locale()).add(violation).build(),
          model,
          ui);
    }
  }
}
