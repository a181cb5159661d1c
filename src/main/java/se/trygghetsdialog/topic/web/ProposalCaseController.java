package se.trygghetsdialog.topic.web;

import jakarta.validation.Valid;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.FormSubmissions;
import se.trygghetsdialog.shared.web.WebPage;
import se.trygghetsdialog.topic.DecideProposal;
import se.trygghetsdialog.topic.ReferProposal;
import se.trygghetsdialog.topic.RegisterProposal;
import se.trygghetsdialog.topic.Topic;

/**
 * The case file of a medborgarförslag on the staff topic page: registering it with a diarienummer,
 * referring it to a nämnd, and recording the decision. A refused form shows the topic page again
 * with the errors and what was typed.
 */
@Controller
@RequestMapping("/personal/amnen/{id}")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ProposalCaseController {

  private final TopicPages pages;
  private final RegisterProposal registerProposal;
  private final ReferProposal referProposal;
  private final DecideProposal decideProposal;
  private final FormSubmissions forms;

  @PostMapping("/diarienummer")
  String register(
      MunicipalityId municipality,
      @PathVariable String id,
      @Valid @ModelAttribute("registerProposal") RegisterProposal.Command command,
      BindingResult binding,
      @ModelAttribute("caseForm") TopicForms.Case form,
      WebPage page) {
    StaffPrincipal staff = TopicPages.keeper();
    Topic topic = pages.find(municipality, id);
    return forms.submit(
        binding,
        () -> {
          registerProposal.register(municipality, topic.id(), command, staff);
          return page.redirect("topic.notice.proposalRegistered", "/personal/amnen/" + topic.id());
        },
        errors -> pages.manage(pages.find(municipality, id), null, form, errors, page));
  }

  @PostMapping("/remiss")
  String refer(
      MunicipalityId municipality,
      @PathVariable String id,
      @Valid @ModelAttribute("referProposal") ReferProposal.Command command,
      BindingResult binding,
      @ModelAttribute("caseForm") TopicForms.Case form,
      WebPage page) {
    StaffPrincipal staff = TopicPages.keeper();
    Topic topic = pages.find(municipality, id);
    return forms.submit(
        binding,
        () -> {
          referProposal.refer(municipality, topic.id(), command, staff);
          return page.redirect("topic.notice.proposalReferred", "/personal/amnen/" + topic.id());
        },
        errors -> pages.manage(pages.find(municipality, id), null, form, errors, page));
  }

  @PostMapping("/forslagsbeslut")
  String decide(
      MunicipalityId municipality,
      @PathVariable String id,
      @Valid @ModelAttribute("decideProposal") DecideProposal.Command command,
      BindingResult binding,
      @ModelAttribute("caseForm") TopicForms.Case form,
      WebPage page) {
    StaffPrincipal staff = TopicPages.keeper();
    Topic topic = pages.find(municipality, id);
    return forms.submit(
        binding,
        () -> {
          decideProposal.decide(municipality, topic.id(), command, staff);
          return page.redirect("topic.notice.proposalDecided", "/personal/amnen/" + topic.id());
        },
        errors -> pages.manage(pages.find(municipality, id), null, form, errors, page));
  }
}
