package se.trygghetsdialog.opinion.web;

import jakarta.validation.Valid;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
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
import se.trygghetsdialog.shared.web.WebPage;

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
  String overview(MunicipalityId municipality, WebPage page) {
    if (!DialoguePolicy.mayView(StaffAccounts.signedIn())) {
      throw new AccessDeniedException("may not view dialogues");
    }
    page.add("dialogues", dialogues.list(municipality, null, null, 1, 200).items());
    return "opinion/staff/overview";
  }

  @GetMapping("/personal/dialoger/{id}/pastaenden")
  String page(@PathVariable UUID id, MunicipalityId municipality, WebPage page) {
    Dialogue dialogue = dialogues.managed(municipality, id);
    return pages.render(page, municipality, dialogue, "", FormErrors.none(), FormErrors.none());
  }

  @PostMapping("/personal/dialoger/{id}/pastaenden")
  String seed(
      @PathVariable UUID id,
      MunicipalityId municipality,
      @Valid @ModelAttribute("seedStatement") SeedStatement.Command command,
      BindingResult binding,
      @RequestParam(name = "text", defaultValue = "") String text,
      WebPage page) {
    return submit(
        statements(municipality, id, page, text),
        binding,
        d -> seedStatement.seed(municipality, d, command),
        "opinion.notice.seeded");
  }

  @PostMapping("/personal/dialoger/{id}/pastaenden/{statementId}/dolj")
  String hide(
      @PathVariable UUID id,
      @PathVariable UUID statementId,
      MunicipalityId municipality,
      WebPage page) {
    Dialogue dialogue = dialogues.managed(municipality, id);
    visibility.hide(municipality, dialogue.id(), new StatementId(statementId));
    return page.redirect("opinion.notice.hidden", OpinionStaffPages.path(dialogue));
  }

  /** Showing again runs the moderation rules, so it may be refused. */
  @PostMapping("/personal/dialoger/{id}/pastaenden/{statementId}/visa")
  String show(
      @PathVariable UUID id,
      @PathVariable UUID statementId,
      MunicipalityId municipality,
      WebPage page) {
    return submit(
        statements(municipality, id, page, ""),
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
      WebPage page) {
    return submit(
        statements(municipality, id, page, ""),
        binding,
        d -> chooseSteps.choose(municipality, d, command),
        "opinion.notice.steps");
  }

  /** A refused import shows its errors at the import form. */
  @PostMapping("/personal/dialoger/{id}/pastaenden/import")
  String importPolis(
      @PathVariable UUID id,
      MunicipalityId municipality,
      @Valid @ModelAttribute("importPolisExport") ImportPolisExport.Command command,
      BindingResult binding,
      WebPage page) {
    Dialogue dialogue = dialogues.managed(municipality, id);
    return forms.submit(
        binding,
        () -> {
          importExport.importExport(municipality, dialogue.id(), command);
          return page.redirect("opinion.notice.imported", OpinionStaffPages.path(dialogue));
        },
        errors -> pages.render(page, municipality, dialogue, "", FormErrors.none(), errors));
  }

  /** The statements page a form was sent from, and the statement text typed in it. */
  private record Statements(
      MunicipalityId municipality, Dialogue dialogue, WebPage page, String text) {}

  private Statements statements(MunicipalityId municipality, UUID id, WebPage page, String text) {
    return new Statements(municipality, dialogues.managed(municipality, id), page, text);
  }

  /**
   * A staff action on the statements: done, back to the statements page with the notice; refused,
   * the page again with the text and the errors.
   */
  private String submit(
      Statements sent, BindingResult binding, Consumer<DialogueId> action, String notice) {
    Dialogue dialogue = sent.dialogue();
    return forms.submit(
        binding,
        () -> {
          action.accept(dialogue.id());
          return sent.page().redirect(notice, OpinionStaffPages.path(dialogue));
        },
        errors ->
            pages.render(
                sent.page(),
                sent.municipality(),
                dialogue,
                sent.text(),
                errors,
                FormErrors.none()));
  }
}
