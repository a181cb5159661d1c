package se.trygghetsdialog.measure.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import se.trygghetsdialog.dialogue.Dialogue;
import se.trygghetsdialog.dialogue.DialogueId;
import se.trygghetsdialog.dialogue.Dialogues;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.measure.ActionPlanPdf;
import se.trygghetsdialog.measure.ActionPlanVersion;
import se.trygghetsdialog.measure.ActionPlans;
import se.trygghetsdialog.measure.InputRef;
import se.trygghetsdialog.measure.InputSubscribers;
import se.trygghetsdialog.measure.LinkInput;
import se.trygghetsdialog.measure.MeasurePolicy;
import se.trygghetsdialog.measure.Measures;
import se.trygghetsdialog.measure.PrivateInput;
import se.trygghetsdialog.measure.Promises;
import se.trygghetsdialog.measure.WhatBecameOf;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.NotFoundException;
import se.trygghetsdialog.tenancy.Area;
import se.trygghetsdialog.tenancy.Areas;
import se.trygghetsdialog.tenancy.Municipalities;

/**
 * Public pages: measures per dialogue and per area with status, owner and timeline; the åtgärdsplan
 * (current and earlier versions, HTML and tagged PDF); medborgarlöften; "du sa – vi gjorde" behind
 * a private link.
 */
@Controller
class MeasurePublicController {

  private final Measures measures;
  private final Dialogues dialogues;
  private final Areas areas;
  private final ActionPlans plans;
  private final ActionPlanPdf pdf;
  private final Promises promises;
  private final WhatBecameOf whatBecameOf;
  private final List<InputSubscribers> subscribers;
  private final LinkInput linkInput;
  private final Municipalities municipalities;

  MeasurePublicController(
      Measures measures,
      Dialogues dialogues,
      Areas areas,
      ActionPlans plans,
      ActionPlanPdf pdf,
      Promises promises,
      WhatBecameOf whatBecameOf,
      List<InputSubscribers> subscribers,
      LinkInput linkInput,
      Municipalities municipalities) {
    this.measures = measures;
    this.dialogues = dialogues;
    this.areas = areas;
    this.plans = plans;
    this.pdf = pdf;
    this.promises = promises;
    this.whatBecameOf = whatBecameOf;
    this.subscribers = subscribers;
    this.linkInput = linkInput;
    this.municipalities = municipalities;
  }

  private static boolean staffMayManage() {
    return StaffAccounts.current().map(MeasurePolicy::mayManage).orElse(false);
  }

  @GetMapping("/dialoger/{id}/atgarder")
  String dialogueMeasures(MunicipalityId municipality, @PathVariable UUID id, Model model) {
    Dialogue dialogue =
        dialogues
            .find(municipality, new DialogueId(id))
            .orElseThrow(() -> new NotFoundException("dialogue"));
    model.addAttribute("dialogueId", id.toString());
    model.addAttribute("title", dialogue.title());
    model.addAttribute("items", measures.linkedTo(municipality, InputRef.dialogue(id)));
    model.addAttribute("mayManage", staffMayManage());
    return "measure/dialogueMeasures";
  }

  @GetMapping("/omraden/{id}/atgarder")
  String areaMeasures(MunicipalityId municipality, @PathVariable UUID id, Model model) {
    Area area = areas.find(municipality, id).orElseThrow(() -> new NotFoundException("area"));
    model.addAttribute("areaName", area.name());
    model.addAttribute("items", measures.inArea(municipality, id));
    return "measure/areaMeasures";
  }

  @GetMapping("/atgardsplan")
  String currentPlan(MunicipalityId municipality, Model model) {
    List<ActionPlanVersion> versions = plans.versions(municipality);
    return renderPlan(versions.isEmpty() ? null : versions.get(0), versions, true, model);
  }

  @GetMapping("/atgardsplan/version/{number}")
  String planVersion(MunicipalityId municipality, @PathVariable int number, Model model) {
    List<ActionPlanVersion> versions = plans.versions(municipality);
    ActionPlanVersion version =
        versions.stream()
            .filter(v -> v.versionNumber() == number)
            .findFirst()
            .orElseThrow(() -> new NotFoundException("plan version"));
    return renderPlan(version, versions, versions.get(0) == version, model);
  }

  private String renderPlan(
      ActionPlanVersion plan, List<ActionPlanVersion> versions, boolean current, Model model) {
    model.addAttribute("plan", Optional.ofNullable(plan));
    model.addAttribute("versions", versions);
    model.addAttribute("current", current);
    return "measure/plan";
  }

  @GetMapping("/atgardsplan.pdf")
  ResponseEntity<byte[]> currentPlanPdf(MunicipalityId municipality) {
    return pdfOf(
        municipality, plans.current(municipality).orElseThrow(() -> new NotFoundException("plan")));
  }

  @GetMapping("/atgardsplan/version/{number}/atgardsplan.pdf")
  ResponseEntity<byte[]> planVersionPdf(MunicipalityId municipality, @PathVariable int number) {
    return pdfOf(
        municipality,
        plans.version(municipality, number).orElseThrow(() -> new NotFoundException("plan")));
  }

  private ResponseEntity<byte[]> pdfOf(MunicipalityId municipality, ActionPlanVersion plan) {
    return Forms.inlinePdf(
        "atgardsplan-version-" + plan.versionNumber() + ".pdf",
        pdf.render(plan, Forms.municipalityName(municipalities, municipality)));
  }

  @GetMapping("/medborgarloften")
  String promises(MunicipalityId municipality, Model model) {
    model.addAttribute("promises", promises.all(municipality));
    return "measure/promises";
  }

  @GetMapping("/du-sa-vi-gjorde/{token}")
  String whatBecameOf(
      MunicipalityId municipality,
      @PathVariable String token,
      Model model,
      HttpServletResponse response) {
    Optional<InputRef> input =
        token.length() > 100
            ? Optional.empty()
            : subscribers.stream()
                .map(s -> s.inputOfPrivateLink(municipality, token))
                .flatMap(Optional::stream)
                .findFirst();
    if (input.isEmpty()) {
      response.setStatus(HttpServletResponse.SC_NOT_FOUND);
      return "measure/invalidLink";
    }
    InputRef ref = input.get();
    model.addAttribute("inputType", ref.type());
    model.addAttribute("inputLabel", linkInput.label(municipality, ref).orElse(""));
    model.addAttribute(
        "dialogueId", InputRef.DIALOGUE.equals(ref.type()) ? ref.id().toString() : "");
    model.addAttribute("items", measures.linkedTo(municipality, ref));
    model.addAttribute("reasonNotUsed", whatBecameOf.reasonNotUsed(municipality, ref).orElse(""));
    Optional<PrivateInput> own =
        subscribers.stream()
            .map(s -> s.privateInput(municipality, token))
            .flatMap(Optional::stream)
            .findFirst();
    model.addAttribute("stateKey", own.map(PrivateInput::stateKey).orElse(""));
    model.addAttribute("stateReason", own.map(PrivateInput::reason).orElse(""));
    model.addAttribute("notifies", own.map(PrivateInput::notifiesHolder).orElse(true));
    return "measure/whatBecameOf";
  }
}
