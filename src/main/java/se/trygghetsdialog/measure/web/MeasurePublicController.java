package se.trygghetsdialog.measure.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import se.trygghetsdialog.dialogue.Dialogue;
import se.trygghetsdialog.dialogue.DialogueId;
import se.trygghetsdialog.dialogue.Dialogues;
import se.trygghetsdialog.identity.StaffAccounts;
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

/**
 * Public pages: measures per dialogue and per area with status, owner and timeline;
 * medborgarlöften; "du sa – vi gjorde" behind a private link.
 */
@Controller
class MeasurePublicController {

  private final Measures measures;
  private final Dialogues dialogues;
  private final Areas areas;
  private final Promises promises;
  private final WhatBecameOf whatBecameOf;
  private final List<InputSubscribers> subscribers;
  private final LinkInput linkInput;

  MeasurePublicController(
      Measures measures,
      Dialogues dialogues,
      Areas areas,
      Promises promises,
      WhatBecameOf whatBecameOf,
      List<InputSubscribers> subscribers,
      LinkInput linkInput) {
    this.measures = measures;
    this.dialogues = dialogues;
    this.areas = areas;
    this.promises = promises;
    this.whatBecameOf = whatBecameOf;
    this.subscribers = subscribers;
    this.linkInput = linkInput;
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
