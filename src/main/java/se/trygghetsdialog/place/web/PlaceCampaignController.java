package se.trygghetsdialog.place.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.trygghetsdialog.dialogue.Dialogue;
import se.trygghetsdialog.dialogue.DialogueId;
import se.trygghetsdialog.dialogue.Dialogues;
import se.trygghetsdialog.geo.PlaceCategories;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.place.CampaignReport;
import se.trygghetsdialog.place.PlaceCampaigns;
import se.trygghetsdialog.place.PlacePolicy;
import se.trygghetsdialog.place.PlaceRuleViolation;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.NotFoundException;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.FormText;
import se.trygghetsdialog.shared.web.Option;
import se.trygghetsdialog.shared.web.Ui;
import se.trygghetsdialog.tenancy.Area;
import se.trygghetsdialog.tenancy.Areas;

/**
 * Administrators and process leaders create campaigns; the public sees the approved reports of the
 * campaigns linked to a dialogue (text, category and date; never a position or personal data).
 */
@Controller
class PlaceCampaignController {

  private final PlaceCampaigns campaigns;
  private final PlaceCategories categories;
  private final Areas areas;
  private final Dialogues dialogues;
  private final MessageSource messages;

  PlaceCampaignController(
      PlaceCampaigns campaigns,
      PlaceCategories categories,
      Areas areas,
      Dialogues dialogues,
      MessageSource messages) {
    this.campaigns = campaigns;
    this.categories = categories;
    this.areas = areas;
    this.dialogues = dialogues;
    this.messages = messages;
  }

  private static void requireLeader() {
    if (StaffAccounts.current().filter(PlacePolicy::mayRunCampaigns).isEmpty()) {
      throw new AccessDeniedException("may not run campaigns");
    }
  }

  @GetMapping("/personal/kampanjer")
  String page(MunicipalityId municipality, Model model, @ModelAttribute("ui") Ui ui) {
    requireLeader();
    return render(municipality, "", "", "", "", "", FormErrors.none(), model);
  }

  private String render(
      MunicipalityId municipality,
      String topic,
      String areaId,
      String startsOn,
      String endsOn,
      String dialogueId,
      FormErrors errors,
      Model model) {
    List<Area> allAreas = areas.all(municipality);
    List<Dialogue> allDialogues = dialogues.list(municipality, null, null, 1, 200).items();
    LocalDate today = LocalDate.now(PlaceCampaigns.ZONE);
    model.addAttribute(
        "rows",
        campaigns.all(municipality).stream()
            .map(
                c ->
                    new CampaignRow(
                        c,
                        c.areaId() == null
                            ? ""
                            : allAreas.stream()
                                .filter(a -> a.id().equals(c.areaId()))
                                .map(Area::name)
                                .findFirst()
                                .orElse(""),
                        c.dialogueId() == null
                            ? ""
                            : allDialogues.stream()
                                .filter(d -> d.id().value().equals(c.dialogueId()))
                                .map(Dialogue::title)
                                .findFirst()
                                .orElse(""),
                        c.openOn(today)))
            .toList());
    model.addAttribute(
        "areas",
        allAreas.stream()
            .map(a -> new Option(a.id().toString(), a.name(), a.id().toString().equals(areaId)))
            .toList());
    model.addAttribute(
        "dialogues",
        allDialogues.stream()
            .map(
                d ->
                    new Option(
                        d.id().value().toString(),
                        d.title(),
                        d.id().value().toString().equals(dialogueId)))
            .toList());
    model.addAttribute("topic", topic);
    model.addAttribute("startsOn", startsOn);
    model.addAttribute("endsOn", endsOn);
    model.addAttribute("errors", errors);
    return "place/campaigns";
  }

  @PostMapping("/personal/kampanjer")
  String create(
      MunicipalityId municipality,
      @RequestParam(defaultValue = "") String topic,
      @RequestParam(defaultValue = "") String areaId,
      @RequestParam(defaultValue = "") String startsOn,
      @RequestParam(defaultValue = "") String endsOn,
      @RequestParam(defaultValue = "") String dialogueId,
      HttpServletResponse response,
      RedirectAttributes redirect,
      Model model,
      @ModelAttribute("ui") Ui ui) {
    requireLeader();
    FormErrors.Builder errors = FormErrors.builder(messages, ui.locale());
    String text = FormText.clean(topic);
    LocalDate starts = FormText.date(startsOn);
    LocalDate ends = FormText.date(endsOn);
    if (starts == null) {
      errors.add("startsOn", "place.campaign.error.startsOn");
    }
    if (ends == null) {
      errors.add("endsOn", "place.campaign.error.endsOn");
    }
    UUID area = FormText.uuid(areaId);
    if (area != null && areas.find(municipality, area).isEmpty()) {
      area = null;
    }
    UUID dialogue = FormText.uuid(dialogueId);
    if (dialogue != null && dialogues.find(municipality, new DialogueId(dialogue)).isEmpty()) {
      dialogue = null;
    }
    if (text.isEmpty()) {
      errors.add("topic", "place.campaign.error.topic.required");
    }
    if (!errors.any() && starts != null && ends != null) {
      try {
        campaigns.create(municipality, text, area, starts, ends, dialogue);
        redirect.addFlashAttribute("notice", "place.campaign.created");
        return "redirect:/personal/kampanjer";
      } catch (PlaceRuleViolation violation) {
        errors.add(violation);
      }
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    return render(municipality, topic, areaId, startsOn, endsOn, dialogueId, errors.build(), model);
  }

  @GetMapping("/dialoger/{id}/platsrapporter")
  String dialogueReports(
      MunicipalityId municipality,
      @PathVariable String id,
      Model model,
      @ModelAttribute("ui") Ui ui) {
    UUID dialogueId = FormText.uuid(id);
    Dialogue dialogue =
        (dialogueId == null
                ? java.util.Optional.<Dialogue>empty()
                : dialogues.find(municipality, new DialogueId(dialogueId)))
            .orElseThrow(() -> new NotFoundException("dialogue"));
    List<CampaignReport> reports =
        campaigns.publishedForDialogue(municipality, dialogue.id().value(), 200);
    model.addAttribute("dialogue", dialogue);
    model.addAttribute("campaigns", campaigns.ofDialogue(municipality, dialogue.id().value()));
    model.addAttribute(
        "reports",
        reports.stream()
            .map(
                r ->
                    new CampaignReportView(
                        r,
                        categories
                            .find(municipality, r.categoryId())
                            .map(c -> c.name(ui.locale()))
                            .orElse("")))
            .toList());
    return "place/dialogueReports";
  }
}
