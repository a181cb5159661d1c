package se.trygghetsdialog.dialogue.web;

import jakarta.servlet.http.HttpServletResponse;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.trygghetsdialog.dialogue.Charter;
import se.trygghetsdialog.dialogue.ConflictLevel;
import se.trygghetsdialog.dialogue.Dialogue;
import se.trygghetsdialog.dialogue.DialogueRuleViolation;
import se.trygghetsdialog.dialogue.FillCharter;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.FormText;
import se.trygghetsdialog.shared.web.Option;
import se.trygghetsdialog.shared.web.Ui;
import se.trygghetsdialog.tenancy.ParticipationLadder;

/** Staff page for the dialogue charter of step 1. */
@Controller
@RequestMapping("/personal/dialoger")
class DialogueCharterController {

  private final DialogueAccess access;
  private final FillCharter fillCharter;
  private final ParticipationLadder ladder;
  private final MessageSource messages;

  DialogueCharterController(
      DialogueAccess access,
      FillCharter fillCharter,
      ParticipationLadder ladder,
      MessageSource messages) {
    this.access = access;
    this.fillCharter = fillCharter;
    this.ladder = ladder;
    this.messages = messages;
  }

  @GetMapping("/{id}/stadga")
  String charterForm(
      MunicipalityId municipality,
      @PathVariable UUID id,
      Model model,
      @ModelAttribute("ui") Ui ui) {
    Dialogue dialogue = access.managed(municipality, id);
    return renderCharter(
        municipality,
        dialogue,
        CharterForm.of(dialogue.version(), dialogue.charter()),
        FormErrors.none(),
        model,
        ui);
  }

  private String renderCharter(
      MunicipalityId municipality,
      Dialogue dialogue,
      CharterForm form,
      FormErrors errors,
      Model model,
      Ui ui) {
    model.addAttribute("dialogue", dialogue);
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
            .map(
                c ->
                    new Option(
                        c.name(),
                        ui.e("dialogue.conflict", c),
                        c.name().equals(form.conflictLevel())))
            .toList());
    model.addAttribute(
        "influenceOptions",
        List.of(
            new Option(
                "yes",
                ui.t("dialogue.field.canBeInfluenced.yes"),
                "yes".equals(form.canBeInfluenced())),
            new Option(
                "no",
                ui.t("dialogue.field.canBeInfluenced.no"),
                "no".equals(form.canBeInfluenced()))));
    return "dialogue/staff/charter";
  }

  @PostMapping("/{id}/stadga")
  String fillCharter(
      MunicipalityId municipality,
      @PathVariable UUID id,
      @ModelAttribute("form") CharterForm form,
      Model model,
      @ModelAttribute("ui") Ui ui,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Dialogue dialogue = access.managed(municipality, id);
    FormErrors.Builder errors = FormErrors.builder(messages, ui.locale());
    String[] texts = {
      "purposeInfluence", form.purposeInfluence(),
      "purposeBasis", form.purposeBasis(),
      "localGoals", form.localGoals(),
      "influenceNote", form.influenceNote(),
      "conflictAnalysis", form.conflictAnalysis(),
      "targetGroups", form.targetGroups(),
      "rarelyHeardGroups", form.rarelyHeardGroups(),
      "documentationPlan", form.documentationPlan()
    };
    for (int i = 0; i < texts.length; i += 2) {
      if (FormText.clean(texts[i + 1]).length() > DialogueStaffController.MAX_TEXT) {
        errors.add(texts[i], "dialogue.error.text.tooLong");
      }
    }
    String influence = FormText.clean(form.canBeInfluenced());
    if (!influence.isEmpty() && !influence.equals("yes") && !influence.equals("no")) {
      errors.add("canBeInfluenced", "dialogue.error.influence.invalid");
    }
    UUID level = FormText.uuid(form.participationLevelId());
    if (!FormText.clean(form.participationLevelId()).isEmpty() && level == null) {
      errors.add("participationLevelId", "dialogue.error.level.invalid");
    }
    ConflictLevel conflict = DialogueAccess.parse(ConflictLevel.class, form.conflictLevel());
    if (!FormText.clean(form.conflictLevel()).isEmpty() && conflict == null) {
      errors.add("conflictLevel", "dialogue.error.conflict.invalid");
    }
    String contact = FormText.clean(form.contactEmail());
    if (!contact.isEmpty() && !FormText.isEmail(contact)) {
      errors.add("contactEmail", "dialogue.error.email.invalid");
    }
    int version;
    try {
      version = Integer.parseInt(FormText.clean(form.version()));
    } catch (NumberFormatException e) {
      version = -1;
    }
    if (!errors.any()) {
      Charter charter =
          new Charter(
              FormText.clean(form.purposeInfluence()),
              FormText.clean(form.purposeBasis()),
              FormText.clean(form.localGoals()),
              influence.isEmpty() ? null : influence.equals("yes"),
              FormText.clean(form.influenceNote()),
              level,
              conflict,
              FormText.clean(form.conflictAnalysis()),
              FormText.clean(form.targetGroups()),
              FormText.clean(form.rarelyHeardGroups()),
              FormText.clean(form.documentationPlan()),
              contact);
      try {
        fillCharter.fill(municipality, dialogue.id(), version, charter, DialogueAccess.staff());
        redirect.addFlashAttribute("notice", "dialogue.notice.charter");
        return "redirect:/personal/dialoger/" + id;
      } catch (DialogueRuleViolation violation) {
        errors.add(
            violation.field().isEmpty() ? "purposeInfluence" : violation.field(),
            violation.messageKey());
        if ("dialogue.error.stale".equals(violation.messageKey())) {
          response.setStatus(HttpServletResponse.SC_CONFLICT);
          return renderCharter(municipality, dialogue, form, errors.build(), model, ui);
        }
      }
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    return renderCharter(municipality, dialogue, form, errors.build(), model, ui);
  }
}
