package se.trygghetsdialog.topic.web;

import jakarta.validation.Valid;
import java.util.UUID;
import java.util.function.BiConsumer;
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
    return step(
        municipality,
        id,
        binding,
        form,
        page,
        "topic.notice.proposalRegistered",
        (topic, staff) -> registerProposal.register(municipality, topic, command, staff));
  }

  @PostMapping("/remiss")
  String refer(
      MunicipalityId municipality,
      @PathVariable String id,
      @Valid @ModelAttribute("referProposal") ReferProposal.Command command,
      BindingResult binding,
      @ModelAttribute("caseForm") TopicForms.Case form,
      WebPage page) {
    return step(
        municipality,
        id,
        binding,
        form,
        page,
        "topic.notice.proposalReferred",
        (topic, staff) -> referProposal.refer(municipality, topic, command, staff));
  }

  @PostMapping("/forslagsbeslut")
  String decide(
      MunicipalityId municipality,
      @PathVariable String id,
      @Valid @ModelAttribute("decideProposal") DecideProposal.Command command,
      BindingResult binding,
      @ModelAttribute("caseForm") TopicForms.Case form,
      WebPage page) {
    return step(
        municipality,
        id,
        binding,
        form,
        page,
        "topic.notice.proposalDecided",
        (topic, staff) -> decideProposal.decide(municipality, topic, command, staff));
  }

  /** One step of the case file: done and back to the topic page, or the page again with errors. */
  private String step(
      MunicipalityId municipality,
      String id,
      BindingResult binding,
      TopicForms.Case form,
      WebPage page,
      String noticeKey,
      BiConsumer<UUID, StaffPrincipal> action) {
    StaffPrincipal staff = TopicPages.keeper();
    Topic topic = pages.find(municipality, id);
    return forms.submit(
        binding,
        () -> {
          action.accept(topic.id(), staff);
          return page.redirect(noticeKey, "/personal/amnen/" + topic.id());
        },
        errors -> pages.manage(pages.find(municipality, id), null, form, errors, page));
  }
}
