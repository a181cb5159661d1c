package se.trygghetsdialog.measure.web;

import static se.trygghetsdialog.measure.web.Forms.manager;
import static se.trygghetsdialog.measure.web.Forms.options;
import static se.trygghetsdialog.measure.web.Forms.parse;
import static se.trygghetsdialog.measure.web.Forms.staff;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.trygghetsdialog.dialogue.DialogueId;
import se.trygghetsdialog.dialogue.Dialogues;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.measure.Horizon;
import se.trygghetsdialog.measure.InputRef;
import se.trygghetsdialog.measure.MeasureId;
import se.trygghetsdialog.measure.MeasureKind;
import se.trygghetsdialog.measure.MeasureRuleViolation;
import se.trygghetsdialog.measure.MeasureType;
import se.trygghetsdialog.measure.OwnerKind;
import se.trygghetsdialog.measure.ProposeMeasure;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.FormText;
import se.trygghetsdialog.shared.web.Option;
import se.trygghetsdialog.shared.web.Ui;
import se.trygghetsdialog.tenancy.Areas;

/** Staff page for a new measure, proposal or commitment. */
@Controller
@RequestMapping("/personal/atgarder")
class MeasureCreateController {

  private final ProposeMeasure proposeMeasure;
  private final Dialogues dialogues;
  private final Areas areas;
  private final MessageSource messages;

  MeasureCreateController(
      ProposeMeasure proposeMeasure, Dialogues dialogues, Areas areas, MessageSource messages) {
    this.proposeMeasure = proposeMeasure;
    this.dialogues = dialogues;
    this.areas = areas;
    this.messages = messages;
  }

  @GetMapping("/ny")
  String createForm(
      MunicipalityId municipality,
      @RequestParam(name = "dialog", defaultValue = "") String dialogue,
      Model model,
      @ModelAttribute("ui") Ui ui) {
    manager();
    UUID dialogueId = FormText.uuid(dialogue);
    String prefilled =
        dialogueId != null && dialogues.find(municipality, new DialogueId(dialogueId)).isPresent()
            ? dialogueId.toString()
            : "";
    return renderCreate(
        municipality,
        MeasureForm.blank(UUID.randomUUID().toString(), prefilled),
        FormErrors.none(),
        model,
        ui);
  }

  private String renderCreate(
      MunicipalityId municipality, MeasureForm form, FormErrors errors, Model model, Ui ui) {
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("kinds", options(MeasureKind.values(), "measure.kind", form.kind(), ui));
    model.addAttribute(
        "horizons", options(Horizon.values(), "measure.horizon", form.horizon(), ui));
    model.addAttribute(
        "ownerKinds", options(OwnerKind.values(), "measure.ownerKind", form.ownerKind(), ui));
    model.addAttribute(
        "measureTypes",
        options(MeasureType.values(), "measure.measureType", form.measureType(), ui));
    model.addAttribute(
        "areaOptions",
        areas.all(municipality).stream()
            .map(
                a ->
                    new Option(
                        a.id().toString(), a.name(), a.id().toString().equals(form.areaId())))
            .toList());
    UUID dialogueId = FormText.uuid(form.dialogueId());
    model.addAttribute(
        "dialogueTitle",
        dialogueId == null
            ? ""
            : dialogues
                .find(municipality, new DialogueId(dialogueId))
                .map(d -> d.title())
                .orElse(""));
    return "measure/staff/create";
  }

  @PostMapping("/ny")
  String create(
      MunicipalityId municipality,
      @ModelAttribute("form") MeasureForm form,
      Model model,
      @ModelAttribute("ui") Ui ui,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    StaffPrincipal staff = manager();
    FormErrors.Builder errors = FormErrors.builder(messages, ui.locale());
    String title = FormText.clean(form.title());
    String description = FormText.clean(form.description());
    String owner = FormText.clean(form.owner());
    String contact = FormText.clean(form.contact());
    String effect = FormText.clean(form.expectedEffect());
    MeasureKind kind = parse(MeasureKind.class, form.kind());
    Horizon horizon = parse(Horizon.class, form.horizon());
    OwnerKind ownerKind = parse(OwnerKind.class, form.ownerKind());
    MeasureType type = parse(MeasureType.class, form.measureType());
    UUID area = FormText.uuid(form.areaId());
    LocalDate followUp = FormText.date(form.followUpOn());
    UUID dialogue = FormText.uuid(form.dialogueId());
    UUID token = FormText.uuid(form.creationToken());
    if (kind == null) {
      errors.add("kind", "measure.error.kind.required");
    }
    if (title.isEmpty()) {
      errors.add("title", "measure.error.title.required");
    } else if (title.length() > ProposeMeasure.MAX_TITLE) {
      errors.add("title", "measure.error.title.tooLong");
    }
    if (description.isEmpty()) {
      errors.add("description", "measure.error.description.required");
    } else if (description.length() > ProposeMeasure.MAX_TEXT) {
      errors.add("description", "measure.error.text.tooLong");
    }
    if (horizon == null) {
      errors.add("horizon", "measure.error.horizon.required");
    }
    if (owner.isEmpty()) {
      errors.add("owner", "measure.error.owner.required");
    } else if (owner.length() > 200) {
      errors.add("owner", "measure.error.text.tooLong");
    }
    if (ownerKind == null) {
      errors.add("ownerKind", "measure.error.ownerKind.required");
    }
    if (contact.length() > 200) {
      errors.add("contact", "measure.error.text.tooLong");
    }
    if (effect.length() > ProposeMeasure.MAX_TEXT) {
      errors.add("expectedEffect", "measure.error.text.tooLong");
    }
    if (!FormText.clean(form.measureType()).isEmpty() && type == null) {
      errors.add("measureType", "measure.error.measureType.invalid");
    }
    if (!FormText.clean(form.areaId()).isEmpty() && area == null) {
      errors.add("areaId", "measure.error.area.invalid");
    }
    if (!FormText.clean(form.followUpOn()).isEmpty() && followUp == null) {
      errors.add("followUpOn", "measure.error.date.invalid");
    }
    if (!errors.any()) {
      try {
        MeasureId id =
            proposeMeasure.propose(
                municipality,
                new ProposeMeasure.Input(
                    token == null ? UUID.randomUUID() : token,
                    kind,
                    title,
                    description,
                    horizon,
                    owner,
                    ownerKind,
                    contact,
                    effect,
                    type,
                    area,
                    followUp,
                    dialogue == null ? List.of() : List.of(InputRef.dialogue(dialogue))),
                staff);
        // The notice names what was saved: a proposal, a commitment or a measure.
        redirect.addFlashAttribute(
            "notice",
            switch (kind) {
              case PROPOSAL -> "measure.notice.created.PROPOSAL";
              case COMMITMENT -> "measure.notice.created.COMMITMENT";
              case MEASURE -> "measure.notice.created.MEASURE";
            });
        return "redirect:/personal/atgarder/" + id;
      } catch (MeasureRuleViolation v) {
        errors.add(v);
      }
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    return renderCreate(municipality, form, errors.build(), model, ui);
  }
}
