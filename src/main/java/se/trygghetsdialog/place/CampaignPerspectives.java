package se.trygghetsdialog.place;

import java.util.List;
import java.util.Locale;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import se.trygghetsdialog.dialogue.DialogueId;
import se.trygghetsdialog.dialogue.PerspectiveGroup;
import se.trygghetsdialog.dialogue.PerspectiveSource;
import se.trygghetsdialog.shared.MunicipalityId;

/**
 * Approved place reports from campaigns linked to a dialogue count as perspectives in the
 * dialogue's step 2: their number and the newest public texts, never positions or reporters.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class CampaignPerspectives implements PerspectiveSource {

  private final PlaceCampaigns campaigns;
  private final MessageSource messages;

  @Override
  public List<PerspectiveGroup> perspectivesFor(
      MunicipalityId municipality, DialogueId dialogue, Locale locale) {
    int count = campaigns.countPublishedForDialogue(municipality, dialogue.value());
    if (count == 0) {
      return List.of();
    }
    List<String> examples =
        campaigns
            .publishedForDialogue(municipality, dialogue.value(), PerspectiveGroup.MAX_EXAMPLES)
            .stream()
            .map(CampaignReport::publicText)
            .toList();
    return List.of(
        new PerspectiveGroup(
            messages.getMessage("place.campaign.perspectives.label", null, locale),
            count,
            "/dialoger/" + dialogue.value() + "/platsrapporter",
            examples));
  }
}
