package se.trygghetsdialog.place.web;

import jakarta.validation.Valid;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import se.trygghetsdialog.place.PlaceCampaigns;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.FormSubmissions;
import se.trygghetsdialog.shared.web.WebPage;

/**
 * Administrators and process leaders create campaigns; the public sees the approved reports of the
 * campaigns linked to a dialogue (text, category and date; never a position or personal data).
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PlaceCampaignController {

  private final PlaceCampaigns campaigns;
  private final PlaceCampaignPages pages;
  private final FormSubmissions forms;

  @GetMapping("/personal/kampanjer")
  String page(MunicipalityId municipality, WebPage page) {
    PlaceCampaignPages.requireLeader();
    return pages.render(
        municipality, PlaceCampaignPages.CampaignForm.blank(), FormErrors.none(), page);
  }

  @PostMapping("/personal/kampanjer")
  String create(
      MunicipalityId municipality,
      @Valid @ModelAttribute("createCampaign") PlaceCampaigns.Create command,
      BindingResult binding,
      @ModelAttribute("form") PlaceCampaignPages.CampaignForm form,
      WebPage page) {
    PlaceCampaignPages.requireLeader();
    return forms.submit(
        binding,
        () -> {
          campaigns.create(municipality, pages.known(municipality, command));
          return page.redirect("place.campaign.created", "/personal/kampanjer");
        },
        errors -> pages.render(municipality, form, errors, page));
  }

  @GetMapping("/dialoger/{id}/platsrapporter")
  String dialogueReports(MunicipalityId municipality, @PathVariable String id, WebPage page) {
    return pages.dialogueReports(municipality, id, page);
  }
}
