package se.trygghetsdialog.dialogue.web;

import jakarta.validation.Valid;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.trygghetsdialog.dialogue.ChangeStep;
import se.trygghetsdialog.dialogue.CreateDialogue;
import se.trygghetsdialog.dialogue.Dialogue;
import se.trygghetsdialog.dialogue.DialogueId;
import se.trygghetsdialog.dialogue.DialoguePolicy;
import se.trygghetsdialog.dialogue.Dialogues;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.FormSubmissions;
import se.trygghetsdialog.shared.web.WebPage;

/**
 * Staff pages: the list, recording the decision that creates a dialogue, and the dialogue's
 * overview where the next step is taken with feedback. Charter, plan and team have their own
 * controller.
 */
@Controller
@RequestMapping("/personal/dialoger")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DialogueStaffController {

  private final DialogueAccess access;
  private final Dialogues dialogues;
  private final DialogueViews views;
  private final CreateDialogue createDialogue;
  private final ChangeStep changeStep;
  private final DialogueStaffPages pages;
  private final FormSubmissions forms;
  private final DialogueForms dialogueForms;

  @GetMapping
  String list(
      MunicipalityId municipality,
      @RequestParam(name = "sida", defaultValue = "1") int pageNumber,
      WebPage page) {
    StaffPrincipal staff = DialogueAccess.viewer();
    Dialogues.Page result = dialogues.list(municipality, null, null, pageNumber, 25);
    page.add("items", views.items(municipality, result.items(), page.ui().locale()));
    page.add("page", result);
    page.add("mayCreate", DialoguePolicy.mayCreate(staff));
    return "dialogue/staff/list";
  }

  @GetMapping("/{id}")
  String manage(MunicipalityId municipality, @PathVariable UUID id, WebPage page) {
    DialogueAccess.viewer();
    Dialogue dialogue = access.dialogue(municipality, id);
    return pages.manage(municipality, dialogue, "", FormErrors.none(), page);
  }

  @PostMapping("/{id}/steg")
  String changeStep(
      MunicipalityId municipality,
      @PathVariable UUID id,
      @Valid @ModelAttribute("changeStep") ChangeStep.Command command,
      BindingResult binding,
      @RequestParam(name = "feedback", defaultValue = "") String feedback,
      WebPage page) {
    Dialogue dialogue = access.managed(municipality, id);
    return dialogueForms.submit(
        municipality,
        dialogue,
        binding,
        d -> changeStep.change(municipality, d, command, DialogueAccess.staff()),
        "dialogue.notice.step",
        page,
        (now, errors) -> pages.manage(municipality, now, feedback, errors, page));
  }

  @GetMapping("/ny")
  String createForm(MunicipalityId municipality, WebPage page) {
    requireCreate();
    CreateDialogueForm form = CreateDialogueForm.blank(UUID.randomUUID().toString());
    return pages.create(municipality, form, FormErrors.none(), page);
  }

  private static void requireCreate() {
    if (!DialoguePolicy.mayCreate(DialogueAccess.staff())) {
      throw new AccessDeniedException("may not create dialogues");
    }
  }

  @PostMapping("/ny")
  String create(
      MunicipalityId municipality,
      @Valid @ModelAttribute("createDialogue") CreateDialogue.Command command,
      BindingResult binding,
      @ModelAttribute("form") CreateDialogueForm form,
      WebPage page) {
    requireCreate();
    return forms.submit(
        binding,
        () -> {
          DialogueId id = createDialogue.create(municipality, command, DialogueAccess.staff());
          return page.redirect("dialogue.notice.created", "/personal/dialoger/" + id);
        },
        errors -> pages.create(municipality, form, errors, page));
  }
}
