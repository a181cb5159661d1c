package se.trygghetsdialog.measure.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import se.trygghetsdialog.dialogue.Dialogue;
import se.trygghetsdialog.dialogue.DialogueId;
import se.trygghetsdialog.dialogue.Dialogues;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.measure.InputRef;
import se.trygghetsdialog.measure.MeasurePolicy;
import se.trygghetsdialog.measure.Measures;
import se.trygghetsdialog.measure.Promises;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.NotFoundException;
import se.trygghetsdialog.shared.web.WebPage;
import se.trygghetsdialog.tenancy.Area;
import se.trygghetsdialog.tenancy.Areas;

/**
 * Public pages: measures per dialogue and per area with status, owner and timeline;
 * medborgarlöften; "du sa – vi gjorde" behind a private link.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class MeasurePublicController {

  private final Measures measures;
  private final Dialogues dialogues;
  private final Areas areas;
  private final Promises promises;
  private final MeasurePages pages;

  private static boolean staffMayManage() {
    return StaffAccounts.current().map(MeasurePolicy::mayManage).orElse(false);
  }

  @GetMapping("/dialoger/{id}/atgarder")
  String dialogueMeasures(MunicipalityId municipality, @PathVariable UUID id, WebPage page) {
    Dialogue dialogue =
        dialogues
            .find(municipality, new DialogueId(id))
            .orElseThrow(() -> new NotFoundException("dialogue"));
    page.add("dialogueId", id.toString());
    page.add("title", dialogue.title());
    page.add("items", measures.linkedTo(municipality, InputRef.dialogue(id)));
    page.add("mayManage", staffMayManage());
    return "measure/dialogueMeasures";
  }

  @GetMapping("/omraden/{id}/atgarder")
  String areaMeasures(MunicipalityId municipality, @PathVariable UUID id, WebPage page) {
    Area area = areas.find(municipality, id).orElseThrow(() -> new NotFoundException("area"));
    page.add("areaName", area.name());
    page.add("items", measures.inArea(municipality, id));
    return "measure/areaMeasures";
  }

  @GetMapping("/medborgarloften")
  String promises(MunicipalityId municipality, WebPage page) {
    page.add("promises", promises.all(municipality));
    return "measure/promises";
  }

  @GetMapping("/du-sa-vi-gjorde/{token}")
  String whatBecameOf(
      MunicipalityId municipality,
      @PathVariable String token,
      WebPage page,
      HttpServletResponse response) {
    return pages.whatBecameOf(municipality, token, page, response);
  }
}
