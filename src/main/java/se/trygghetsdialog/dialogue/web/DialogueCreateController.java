package se.trygghetsdialog.dialogue.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.trygghetsdialog.dialogue.CreateDialogue;
import se.trygghetsdialog.dialogue.DialogueId;
import se.trygghetsdialog.dialogue.DialoguePolicy;
import se.trygghetsdialog.dialogue.DialogueRuleViolation;
import se.trygghetsdialog.dialogue.TopicOrigin;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.FormText;
import se.trygghetsdialog.shared.web.Option;
import se.trygghetsdialog.shared.web.Ui;
import se.trygghetsdialog.tenancy.Areas;
import se.trygghetsdialog.tenancy.Organisations;

/** Staff page for recording a decision to create a dialogue. */
@Controller
@RequestMapping("/personal/dialoger")
class DialogueCreateController {

  private final CreateDialogue createDialogue;
  private final Organisations organisations;
  private final Areas areas;
  private final MessageSource messages;

  DialogueCreateController(
      CreateDialogue createDialogue,
      Organisations organisations,
      Areas areas,
      MessageSource messages) {
    this.createDialogue = createDialogue;
    this.organisations = organisations;
    this.areas = areas;
    this.messages = messages;
  }

  @GetMapping("/ny")
  String createForm(MunicipalityId municipality, Model model, @ModelAttribute("ui") Ui ui) {
    requireCreate();
    return renderCreate(
        municipality,
        CreateDialogueForm.blank(UUID.randomUUID().toString()),
        FormErrors.none(),
        model,
        ui);
  }

  private static void requireCreate() {
    if (!DialoguePolicy.mayCreate(DialogueAccess.staff())) {
      throw new AccessDeniedException("may not create dialogues");
    }
  }

  private String renderCreate(
      MunicipalityId municipality, CreateDialogueForm form, FormErrors errors, Model model, Ui ui) {
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute(
        "bodies",
        organisations.decidingBodies(municipality).stream()
            .map(
                o ->
                    new Option(
                        o.id().toString(),
                        o.name(),
                        o.id().toString().equals(form.decisionBodyId())))
            .toList());
    model.addAttribute(
        "areaOptions",
        areas.all(municipality).stream()
            .map(
                a ->
                    new Option(
                        a.id().toString(), a.name(), a.id().toString().equals(form.areaId())))
            .toList());
    model.addAttribute(
        "origins",
        Arrays.stream(TopicOrigin.values())
            .map(
                o ->
                    new Option(
                        o.name(), ui.e("dialogue.origin", o), o.name().equals(form.origin())))
            .toList());
    return "dialogue/staff/create";
  }

  @PostMapping("/ny")
  String create(
      MunicipalityId municipality,
      @ModelAttribute("form") CreateDialogueForm form,
      Model model,
      @ModelAttribute("ui") Ui ui,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    requireCreate();
    FormErrors.Builder errors = FormErrors.builder(messages, ui.locale());
    String title = FormText.clean(form.title());
    String summary = FormText.clean(form.summary());
    String reference = FormText.clean(form.originReference());
    String paragraph = FormText.clean(form.decisionParagraph());
    String registration = FormText.clean(form.decisionRegistration());
    UUID token = FormText.uuid(form.creationToken());
    UUID body = FormText.uuid(form.decisionBodyId());
    UUID area = FormText.uuid(form.areaId());
    LocalDate date = FormText.date(form.decisionDate());
    TopicOrigin origin = DialogueAccess.parse(TopicOrigin.class, form.origin());
    required(
        errors,
        "title",
        title,
        DialogueStaffController.MAX_TITLE,
        "dialogue.error.title.required",
        "dialogue.error.title.tooLong");
    required(
        errors,
        "summary",
        summary,
        DialogueStaffController.MAX_TEXT,
        "dialogue.error.summary.required",
        "dialogue.error.summary.tooLong");
    if (FormText.clean(form.areaId()).length() > 0 && area == null) {
      errors.add("areaId", "dialogue.error.area.invalid");
    }
    if (origin == null) {
      errors.add("origin", "dialogue.error.origin.required");
    }
    if (reference.length() > 100) {
      errors.add("originReference", "dialogue.error.originReference.tooLong");
    } else if (origin == TopicOrigin.CITIZEN_PROPOSAL && reference.isEmpty()) {
      errors.add("originReference", "dialogue.error.originReference.required");
    }
    if (body == null) {
      errors.add("decisionBodyId", "dialogue.error.body.required");
    }
    if (FormText.clean(form.decisionDate()).isEmpty()) {
      errors.add("decisionDate", "dialogue.error.decisionDate.required");
    } else if (date == null) {
      errors.add("decisionDate", "dialogue.error.decisionDate.invalid");
    }
    required(
        errors,
        "decisionParagraph",
        paragraph,
        50,
        "dialogue.error.paragraph.required",
        "dialogue.error.paragraph.tooLong");
    required(
        errors,
        "decisionRegistration",
        registration,
        50,
        "dialogue.error.registration.required",
        "dialogue.error.registration.tooLong");
    if (token == null) {
      token = UUID.randomUUID();
    }
    if (!errors.any()) {
      try {
        DialogueId id =
            createDialogue.create(
                municipality,
                new CreateDialogue.Input(
                    token,
                    title,
                    summary,
                    area,
                    origin,
                    reference,
                    body,
                    date,
                    paragraph,
                    registration),
                DialogueAccess.staff());
        redirect.addFlashAttribute("notice", "dialogue.notice.created");
        return "redirect:/personal/dialoger/" + id;
      } catch (DialogueRuleViolation violation) {
        errors.add(violation);
      }
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    return renderCreate(municipality, form, errors.build(), model, ui);
  }

  private static void required(
      FormErrors.Builder errors,
      String field,
      String value,
      int max,
      String requiredKey,
      String tooLongKey) {
    if (value.isEmpty()) {
      errors.add(field, requiredKey);
    } else if (value.length() > max) {
      errors.add(field, tooLongKey);
    }
  }
}
