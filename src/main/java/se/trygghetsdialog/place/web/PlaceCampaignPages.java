package se.trygghetsdialog.place.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import se.trygghetsdialog.dialogue.Dialogue;
import se.trygghetsdialog.dialogue.DialogueId;
import se.trygghetsdialog.dialogue.Dialogues;
import se.trygghetsdialog.geo.PlaceCategories;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.place.PlaceCampaigns;
import se.trygghetsdialog.place.PlacePolicy;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.NotFoundException;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.FormText;
import se.trygghetsdialog.shared.web.Option;
import se.trygghetsdialog.shared.web.WebPage;
import se.trygghetsdialog.tenancy.Area;
import se.trygghetsdialog.tenancy.Areas;

/** Builds the campaign pages: the staff list with its form, and a dialogue's campaign reports. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PlaceCampaignPages {

  /** The new campaign form as typed. */
  record CampaignForm(
      @Nullable String topic,
      @Nullable String areaId,
      @Nullable String startsOn,
      @Nullable String endsOn,
      @Nullable String dialogueId) {
    static CampaignForm blank() {
      return new CampaignForm("", "", "", "", "");
    }
  }

  private final PlaceCampaigns campaigns;
  private final PlaceCategories categories;
  private final Areas areas;
  private final Dialogues dialogues;

  static void requireLeader() {
    StaffAccounts.signedIn(PlacePolicy::mayRunCampaigns, "may not run campaigns");
  }

  /** The command with an unknown area or dialogue dropped (the campaign is then not linked). */
  PlaceCampaigns.Create known(MunicipalityId municipality, PlaceCampaigns.Create command) {
    UUID area = command.areaId();
    UUID dialogue = command.dialogueId();
    return new PlaceCampaigns.Create(
        command.topic(),
        area != null && areas.find(municipality, area).isPresent() ? area : null,
        command.startsOn(),
        command.endsOn(),
        dialogue != null && dialogues.find(municipality, new DialogueId(dialogue)).isPresent()
            ? dialogue
            : null);
  }

  String render(MunicipalityId municipality, CampaignForm form, FormErrors errors, WebPage page) {
    List<Area> allAreas = areas.all(municipality);
    List<Dialogue> allDialogues = dialogues.list(municipality, null, null, 1, 200).items();
    LocalDate today = LocalDate.now(PlaceCampaigns.ZONE);
    page.add(
        "rows",
        campaigns.all(municipality).stream()
            .map(
                c ->
                    new CampaignRow(
                        c,
                        allAreas.stream()
                            .filter(a -> a.id().equals(c.areaId()))
                            .map(Area::name)
                            .findFirst()
                            .orElse(""),
                        allDialogues.stream()
                            .filter(d -> d.id().value().equals(c.dialogueId()))
                            .map(Dialogue::title)
                            .findFirst()
                            .orElse(""),
                        c.openOn(today)))
            .toList());
    page.add("areas", Option.of(allAreas, Area::id, Area::name, id -> id.equals(form.areaId())));
    page.add(
        "dialogues",
        Option.of(
            allDialogues,
            d -> d.id().value(),
            Dialogue::title,
            id -> id.equals(form.dialogueId())));
    page.add("topic", FormText.clean(form.topic()));
    page.add("startsOn", FormText.clean(form.startsOn()));
    page.add("endsOn", FormText.clean(form.endsOn()));
    page.add("errors", errors);
    return "place/campaigns";
  }

  /** The approved reports of the campaigns linked to a dialogue; 404 for an unknown dialogue. */
  String dialogueReports(MunicipalityId municipality, String id, WebPage page) {
    UUID dialogueId = FormText.uuid(id);
    Dialogue dialogue =
        (dialogueId == null
                ? Optional.<Dialogue>empty()
                : dialogues.find(municipality, new DialogueId(dialogueId)))
            .orElseThrow(() -> new NotFoundException("dialogue"));
    page.add("dialogue", dialogue);
    page.add("campaigns", campaigns.ofDialogue(municipality, dialogue.id().value()));
    page.add(
        "reports",
        campaigns.publishedForDialogue(municipality, dialogue.id().value(), 200).stream()
            .map(
                r ->
                    new CampaignReportView(
                        r,
                        categories
                            .find(municipality, r.categoryId())
                            .map(c -> c.name(page.ui().locale()))
                            .orElse("")))
            .toList());
    return "place/dialogueReports";
  }
}
