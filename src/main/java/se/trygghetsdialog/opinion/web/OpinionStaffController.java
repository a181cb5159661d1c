package se.trygghetsdialog.opinion.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.trygghetsdialog.dialogue.Dialogue;
import se.trygghetsdialog.dialogue.DialogueId;
import se.trygghetsdialog.dialogue.DialoguePolicy;
import se.trygghetsdialog.dialogue.DialogueStep;
import se.trygghetsdialog.dialogue.Dialogues;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.opinion.ChangeStatementVisibility;
import se.trygghetsdialog.opinion.ChooseVotingSteps;
import se.trygghetsdialog.opinion.Conversation;
import se.trygghetsdialog.opinion.ImportPolisExport;
import se.trygghetsdialog.opinion.OpinionConversations;
import se.trygghetsdialog.opinion.OpinionPolicy;
import se.trygghetsdialog.opinion.OpinionRuleViolation;
import se.trygghetsdialog.opinion.PolisImportProblem;
import se.trygghetsdialog.opinion.SeedStatement;
import se.trygghetsdialog.opinion.StatementId;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.NotFoundException;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.Option;
import se.trygghetsdialog.shared.web.Ui;

/**
 * Staff pages of opinion mapping: seed statements, hide and show them, choose the steps in which
 * voting is open, and import a Polis export. For administrators and the dialogue's process leaders.
 */
@Controller
class OpinionStaffController {

  private final Dialogues dialogues;
  private final OpinionConversations conversations;
  private final SeedStatement seedStatement;
  private final ChangeStatementVisibility visibility;
  private final ChooseVotingSteps chooseSteps;
  private final ImportPolisExport importExport;
  private final MessageSource messages;

  OpinionStaffController(
      Dialogues dialogues,
      OpinionConversations conversations,
      SeedStatement seedStatement,
      ChangeStatementVisibility visibility,
      ChooseVotingSteps chooseSteps,
      ImportPolisExport importExport,
      MessageSource messages) {
    this.dialogues = dialogues;
    this.conversations = conversations;
    this.seedStatement = seedStatement;
    this.visibility = visibility;
    this.chooseSteps = chooseSteps;
    this.importExport = importExport;
    this.messages = messages;
  }

  @GetMapping("/personal/pastaenden")
  String overview(MunicipalityId municipality, Model model) {
    StaffPrincipal staff = StaffAccounts.signedIn();
    if (!DialoguePolicy.mayView(staff)) {
      throw new AccessDeniedException("may not view dialogues");
    }
    model.addAttribute("dialogues", dialogues.list(municipality, null, null, 1, 200).items());
    return "opinion/staff/overview";
  }

  @GetMapping("/personal/dialoger/{id}/pastaenden")
  String page(@PathVariable UUID id, MunicipalityId municipality, Model model, Locale locale) {
    Dialogue dialogue = managed(municipality, id);
    return render(model, municipality, dialogue, "", FormErrors.none(), FormErrors.none(), locale);
  }

  @PostMapping("/personal/dialoger/{id}/pastaenden")
  String seed(
      @PathVariable UUID id,
      MunicipalityId municipality,
      @RequestParam(name = "text", defaultValue = "") String text,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Dialogue dialogue = managed(municipality, id);
    try {
      seedStatement.seed(municipality, dialogue.id(), text);
    } catch (OpinionRuleViolation e) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      FormErrors errors =
          FormErrors.builder(messages, locale).add("text", e.messageKey(), e.args()).build();
      return render(model, municipality, dialogue, text, errors, FormErrors.none(), locale);
    }
    redirect.addFlashAttribute("notice", "opinion.notice.seeded");
    return redirect(dialogue);
  }

  @PostMapping("/personal/dialoger/{id}/pastaenden/{statementId}/dolj")
  String hide(
      @PathVariable UUID id,
      @PathVariable UUID statementId,
      MunicipalityId municipality,
      RedirectAttributes redirect) {
    Dialogue dialogue = managed(municipality, id);
    visibility.hide(municipality, dialogue.id(), new StatementId(statementId));
    redirect.addFlashAttribute("notice", "opinion.notice.hidden");
    return redirect(dialogue);
  }

  @PostMapping("/personal/dialoger/{id}/pastaenden/{statementId}/visa")
  String show(
      @PathVariable UUID id,
      @PathVariable UUID statementId,
      MunicipalityId municipality,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Dialogue dialogue = managed(municipality, id);
    try {
      visibility.show(municipality, dialogue.id(), new StatementId(statementId));
    } catch (OpinionRuleViolation e) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      FormErrors errors = FormErrors.builder(messages, locale).add("", e.messageKey()).build();
      return render(model, municipality, dialogue, "", errors, FormErrors.none(), locale);
    }
    redirect.addFlashAttribute("notice", "opinion.notice.shown");
    return redirect(dialogue);
  }

  @PostMapping("/personal/dialoger/{id}/pastaenden/steg")
  String steps(
      @PathVariable UUID id,
      MunicipalityId municipality,
      @RequestParam(name = "steps", required = false) @Nullable List<String> steps,
      RedirectAttributes redirect) {
    Dialogue dialogue = managed(municipality, id);
    Set<DialogueStep> chosen = EnumSet.noneOf(DialogueStep.class);
    for (String s : steps == null ? List.<String>of() : steps) {
      Arrays.stream(DialogueStep.values())
          .filter(step -> step.name().equals(s))
          .findFirst()
          .ifPresent(chosen::add);
    }
    chooseSteps.choose(municipality, dialogue.id(), chosen);
    redirect.addFlashAttribute("notice", "opinion.notice.steps");
    return redirect(dialogue);
  }

  @PostMapping("/personal/dialoger/{id}/pastaenden/import")
  String importPolis(
      @PathVariable UUID id,
      MunicipalityId municipality,
      @RequestParam(name = "comments", required = false) @Nullable MultipartFile comments,
      @RequestParam(name = "votes", required = false) @Nullable MultipartFile votes,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect)
      throws IOException {
    Dialogue dialogue = managed(municipality, id);
    FormErrors.Builder errors = FormErrors.builder(messages, locale);
    if (comments == null || comments.isEmpty()) {
      errors.add("comments", "opinion.error.import.missingFile", ImportPolisExport.COMMENTS);
    }
    if (votes == null || votes.isEmpty()) {
      errors.add("votes", "opinion.error.import.missingFile", ImportPolisExport.VOTES);
    }
    if (!errors.any()) {
      try {
        importExport.importExport(
            municipality, dialogue.id(), comments.getBytes(), votes.getBytes());
        redirect.addFlashAttribute("notice", "opinion.notice.imported");
        return redirect(dialogue);
      } catch (PolisImportProblem problem) {
        String detail = messages.getMessage(problem.messageKey(), problem.args(), locale);
        errors.add(
            ImportPolisExport.COMMENTS.equals(problem.file()) ? "comments" : "votes",
            "opinion.error.import.at",
            problem.file(),
            problem.line(),
            detail);
      }
    }
    response.setStatus(HttpStatus.BAD_REQUEST.value());
    return render(model, municipality, dialogue, "", FormErrors.none(), errors.build(), locale);
  }

  // ---- helpers --------------------------------------------------------------------------------

  private String render(
      Model model,
      MunicipalityId municipality,
      Dialogue dialogue,
      String text,
      FormErrors errors,
      FormErrors importErrors,
      Locale locale) {
    Conversation conversation = conversations.conversation(municipality, dialogue.id());
    Ui ui = (Ui) model.getAttribute("ui");
    model.addAttribute("dialogue", dialogue);
    model.addAttribute("statements", conversations.statements(municipality, dialogue.id()));
    model.addAttribute("open", OpinionPolicy.votingOpen(dialogue, conversation));
    model.addAttribute(
        "stepOptions",
        Arrays.stream(DialogueStep.values())
            .map(
                s ->
                    new Option(
                        s.name(),
                        ui == null
                            ? s.name()
                            : ui.t("dialogue.step.number", s.number())
                                + ": "
                                + ui.e("dialogue.step", s),
                        conversation.openInSteps().contains(s)))
            .toList());
    model.addAttribute("text", text);
    model.addAttribute("errors", errors);
    model.addAttribute("importErrors", importErrors);
    return "opinion/staff/statements";
  }

  private static String redirect(Dialogue dialogue) {
    return "redirect:/personal/dialoger/" + dialogue.id() + "/pastaenden";
  }

  private Dialogue managed(MunicipalityId municipality, UUID id) {
    StaffPrincipal staff = StaffAccounts.signedIn();
    Dialogue dialogue =
        dialogues
            .find(municipality, new DialogueId(id))
            .orElseThrow(() -> new NotFoundException("dialogue"));
    if (!DialoguePolicy.mayManage(staff, dialogues.team(municipality, dialogue.id()))) {
      throw new AccessDeniedException("may not manage this dialogue");
    }
    return dialogue;
  }
}
