package se.trygghetsdialog.opinion.web;

import jakarta.validation.Valid;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.trygghetsdialog.dialogue.Dialogue;
import se.trygghetsdialog.dialogue.DialogueId;
import se.trygghetsdialog.dialogue.DialoguePolicy;
import se.trygghetsdialog.dialogue.Dialogues;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.opinion.ChangeStatementVisibility;
import se.trygghetsdialog.opinion.ChooseVotingSteps;
import se.trygghetsdialog.opinion.ImportPolisExport;
import se.trygghetsdialog.opinion.SeedStatement;
import se.trygghetsdialog.opinion.StatementId;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.FormSubmissions;

/**
 * Staff pages of opinion mapping: seed statements, hide and show them, choose the steps in which
 * voting is open, and import a Polis export. For administrators and the dialogue's process leaders.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class OpinionStaffController {

  private final Dialogues dialogues;
  private final SeedStatement seedStatement;
  private final ChangeStatementVisibility visibility;
  private final ChooseVotingSteps chooseSteps;
  private final ImportPolisExport importExport;
  private final OpinionStaffPages pages;
  private final FormSubmissions forms;

  @GetMapping("/personal/pastaenden")
  String overview(MunicipalityId municipality, Model model) {
    if (!DialoguePolicy.mayView(StaffAccounts.signedIn())) {
      throw new AccessDeniedException("may not view dialogues");
    }
    model.addAttribute("dialogues", dialogues.list(municipality, null, null, 1, 200).items());
    return "opinion/staff/overview";
  }

  @GetMapping("/personal/dialoger/{id}/pastaenden")
  String page(@PathVariable UUID id, MunicipalityId municipality, Model model) {
    Dialogue dialogue = dialogues.managed(municipality, id);
    return pages.render(model, municipality, dialogue, "", FormErrors.none(), FormErrors.none());
  }

  @PostMapping("/personal/dialoger/{id}/pastaenden")
  String seed(
      @PathVariable UUID id,
      MunicipalityId municipality,
      @Valid @ModelAttribute("seedStatement") SeedStatement.Command command,
      BindingResult binding,
      @RequestParam(name = "text", defaultValue = "") String text,
      Model model,
      RedirectAttributes redirect) {
    Statements page = statements(municipality, id, model, redirect, text);
    return submit(
        page, binding, d -> seedStatement.seed(municipality, d, command), "opinion.notice.seeded");
  }

  @PostMapping("/personal/dialoger/{id}/pastaenden/{statementId}/dolj")
  String hide(
      @PathVariable UUID id,
      @PathVariable UUID statementId,
      MunicipalityId municipality,
      RedirectAttributes redirect) {
    Dialogue dialogue = dialogues.managed(municipality, id);
    visibility.hide(municipality, dialogue.id(), new StatementId(statementId));
    return done(redirect, "opinion.notice.hidden", dialogue);
  }

  /** Showing again runs the moderation rules, so it may be refused. */
  @PostMapping("/personal/dialoger/{id}/pastaenden/{statementId}/visa")
  String show(
      @PathVariable UUID id,
      @PathVariable UUID statementId,
      MunicipalityId municipality,
      Model model,
      RedirectAttributes redirect) {
    Statements page = statements(municipality, id, model, redirect, "");
    return submit(
        page,
        new MapBindingResult(Map.of(), "showStatement"),
        d -> visibility.show(municipality, d, new StatementId(statementId)),
        "opinion.notice.shown");
  }

  @PostMapping("/personal/dialoger/{id}/pastaenden/steg")
  String steps(
      @PathVariable UUID id,
      MunicipalityId municipality,
      @Valid @ModelAttribute("chooseVotingSteps") ChooseVotingSteps.Command command,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect) {
    Statements page = statements(municipality, id, model, redirect, "");
    return submit(
        page, binding, d -> chooseSteps.choose(municipality, d, command), "opinion.notice.steps");
  }

  /** A refused import shows its errors at the import form. */
  @PostMapping("/personal/dialoger/{id}/pastaenden/import")
  String importPolis(
      @PathVariable UUID id,
      MunicipalityId municipality,
      @Valid @ModelAttribute("importPolisExport") ImportPolisExport.Command command,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect) {
    Dialogue dialogue = dialogues.managed(municipality, id);
    return forms.submit(
        binding,
        () -> {
          importExport.importExport(municipality, dialogue.id(), command);
          return done(redirect, "opinion.notice.imported", dialogue);
        },
        errors -> pages.render(model, municipality, dialogue, "", FormErrors.none(), errors));
  }

  /** The statements page a form was sent from, and the statement text typed in it. */
  private record Statements(
      MunicipalityId municipality,
      Dialogue dialogue,
      Model model,
      RedirectAttributes redirect,
      String text) {}

  private Statements statements(
      MunicipalityId municipality, UUID id, Model model, RedirectAttributes redirect, String text) {
    return new Statements(municipality, dialogues.managed(municipality, id), model, redirect, text);
  }

  /**
   * A staff action on the statements: done, back to the statements page with the notice; refused,
   * the page again with the text and the errors.
   */
  private String submit(
      Statements page, BindingResult binding, Consumer<DialogueId> action, String notice) {
    Dialogue dialogue = page.dialogue();
    return forms.submit(
        binding,
        () -> {
          action.accept(dialogue.id());
          return done(page.redirect(), notice, dialogue);
        },
        errors ->
            pages.render(
                page.model(),
                page.municipality(),
                dialogue,
                page.text(),
                errors,
                FormErrors.none()));
  }

  private static String done(RedirectAttributes redirect, String notice, Dialogue dialogue) {
    redirect.addFlashAttribute("notice", notice);
    return OpinionStaffPages.redirect(dialogue);
  }
}
