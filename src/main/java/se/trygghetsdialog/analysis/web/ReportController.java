package se.trygghetsdialog.analysis.web;

import jakarta.validation.Valid;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import se.trygghetsdialog.analysis.FreezeReport;
import se.trygghetsdialog.analysis.ReportKind;
import se.trygghetsdialog.dialogue.Dialogue;
import se.trygghetsdialog.dialogue.Dialogues;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.FormSubmissions;
import se.trygghetsdialog.shared.web.WebPage;

/**
 * The team's page of a dialogue's report to the decision-makers: the current draft of the compiled
 * perspectives report or the decision basis, the required parts still empty, the frozen versions,
 * and the action freezing the draft as the next version (refused with 400 naming the empty parts).
 */
@Controller
@RequestMapping("/personal/dialoger/{id}/underlag")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ReportController {

  private final Dialogues dialogues;
  private final FreezeReport freeze;
  private final ReportPages pages;
  private final FormSubmissions forms;

  @GetMapping
  String index(@PathVariable UUID id) {
    return "redirect:/personal/dialoger/"
        + id
        + "/underlag/"
        + ReportKind.COMPILED_PERSPECTIVES.slug();
  }

  @GetMapping("/{kind:[a-z]+}")
  String draft(
      MunicipalityId municipality, @PathVariable UUID id, @PathVariable String kind, WebPage page) {
    Dialogue dialogue = dialogues.ofTeam(municipality, id);
    return pages.draft(municipality, dialogue, ReportPages.kind(kind), FormErrors.none(), page);
  }

  @PostMapping("/{kind:[a-z]+}/frys")
  String freeze(
      MunicipalityId municipality,
      @PathVariable UUID id,
      @PathVariable String kind,
      @Valid @ModelAttribute("freeze") FreezeReport.Command command,
      BindingResult binding,
      WebPage page) {
    Dialogue dialogue = dialogues.ofTeam(municipality, id);
    ReportKind reportKind = ReportPages.kind(kind);
    StaffPrincipal staff = StaffAccounts.signedIn();
    return forms.submit(
        binding,
        () -> {
          int number = freeze.freeze(municipality, dialogue, reportKind, command, staff);
          return page.redirect(
              "analysis.notice.frozen",
              "/personal/dialoger/" + id + "/underlag/" + reportKind.slug() + "#versioner");
        },
        errors -> pages.draft(municipality, dialogue, reportKind, errors, page));
  }
}
