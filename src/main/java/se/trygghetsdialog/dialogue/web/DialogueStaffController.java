package se.trygghetsdialog.dialogue.web;

import jakarta.servlet.http.HttpServletResponse;
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
import se.trygghetsdialog.dialogue.ChangeStep;
import se.trygghetsdialog.dialogue.Dialogue;
import se.trygghetsdialog.dialogue.DialoguePolicy;
import se.trygghetsdialog.dialogue.DialogueRuleViolation;
import se.trygghetsdialog.dialogue.DialogueStep;
import se.trygghetsdialog.dialogue.Dialogues;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.Ui;

/**
 * Staff pages: the list and the dialogue's overview where the next step is taken with feedback.
 * Creation, charter, team and plan have their own controllers.
 */
@Controller
@RequestMapping("/personal/dialoger")
class DialogueStaffController {

  static final int MAX_TITLE = 150;
  static final int MAX_TEXT = 4000;

  private final DialogueAccess access;
  private final Dialogues dialogues;
  private final DialogueViews views;
  private final ChangeStep changeStep;
  private final MessageSource messages;

  DialogueStaffController(
      DialogueAccess access,
      Dialogues dialogues,
      DialogueViews views,
      ChangeStep changeStep,
      MessageSource messages) {
    this.access = access;
    this.dialogues = dialogues;
    this.views = views;
    this.changeStep = changeStep;
    this.messages = messages;
  }

  private static StaffPrincipal staff() {
    return DialogueAccess.staff();
  }

  private static StaffPrincipal viewer() {
    return DialogueAccess.viewer();
  }

  private Dialogue dialogue(MunicipalityId municipality, UUID id) {
    return access.dialogue(municipality, id);
  }

  private Dialogue managed(MunicipalityId municipality, UUID id) {
    return access.managed(municipality, id);
  }

  // ---- list ----------------------------------------------------------------------------------

  @GetMapping
  String list(
      MunicipalityId municipality,
      @RequestParam(name = "sida", defaultValue = "1") int page,
      Model model,
      @ModelAttribute("ui") Ui ui) {
    StaffPrincipal staff = viewer();
    Dialogues.Page result = dialogues.list(municipality, null, null, page, 25);
    model.addAttribute("items", views.items(municipality, result.items(), ui.locale()));
    model.addAttribute("page", result);
    model.addAttribute("mayCreate", DialoguePolicy.mayCreate(staff));
    return "dialogue/staff/list";
  }

  // ---- manage --------------------------------------------------------------------------------

  @GetMapping("/{id}")
  String manage(MunicipalityId municipality, @PathVariable UUID id, Model model) {
    viewer();
    Dialogue dialogue = dialogue(municipality, id);
    return renderManage(municipality, dialogue, "", FormErrors.none(), model);
  }

  private String renderManage(
      MunicipalityId municipality,
      Dialogue dialogue,
      String feedback,
      FormErrors errors,
      Model model) {
    DialoguePageModel page =
        views.page(
            municipality,
            dialogue,
            org.springframework.context.i18n.LocaleContextHolder.getLocale());
    model.addAttribute("model", page);
    // The page model already holds the team; no second query for the policy.
    model.addAttribute("mayManage", DialoguePolicy.mayManage(staff(), page.team()));
    model.addAttribute("feedback", feedback);
    model.addAttribute("errors", errors);
    return "dialogue/staff/manage";
  }

  @PostMapping("/{id}/steg")
  String changeStep(
      MunicipalityId municipality,
      @PathVariable UUID id,
      @RequestParam(name = "version", defaultValue = "-1") int version,
      @RequestParam(name = "target", defaultValue = "") String target,
      @RequestParam(name = "feedback", defaultValue = "") String feedback,
      Model model,
      @ModelAttribute("ui") Ui ui,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Dialogue dialogue = managed(municipality, id);
    FormErrors.Builder errors = FormErrors.builder(messages, ui.locale());
    DialogueStep step = DialogueAccess.parse(DialogueStep.class, target);
    if (step == null) {
      errors.add("target", "dialogue.error.step.notNext");
    } else {
      try {
        changeStep.change(municipality, dialogue.id(), version, step, feedback, staff());
        redirect.addFlashAttribute("notice", "dialogue.notice.step");
        return "redirect:/personal/dialoger/" + id;
      } catch (DialogueRuleViolation violation) {
        errors.add(
            violation.field().isEmpty() ? "feedback" : violation.field(), violation.messageKey());
        if ("dialogue.error.stale".equals(violation.messageKey())) {
          response.setStatus(HttpServletResponse.SC_CONFLICT);
          return renderManage(
              municipality, dialogue(municipality, id), feedback, errors.build(), model);
        }
      }
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    return renderManage(municipality, dialogue, feedback, errors.build(), model);
  }
}
