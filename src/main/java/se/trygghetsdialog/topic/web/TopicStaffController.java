package se.trygghetsdialog.topic.web;

import jakarta.validation.Valid;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.trygghetsdialog.dialogue.DialogueId;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.FormSubmissions;
import se.trygghetsdialog.shared.web.WebPage;
import se.trygghetsdialog.topic.ChangeTopicStatus;
import se.trygghetsdialog.topic.DecideDialogue;
import se.trygghetsdialog.topic.EnterTopic;
import se.trygghetsdialog.topic.Topic;

/**
 * The staff pages of the topic backlog: the list (with proposals waiting for moderation), entering
 * a topic, changing its status with a reason, and recording the decision that creates a dialogue.
 */
@Controller
@RequestMapping("/personal/amnen")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class TopicStaffController {

  private final TopicPages pages;
  private final EnterTopic enterTopic;
  private final ChangeTopicStatus changeStatus;
  private final DecideDialogue decideDialogue;
  private final FormSubmissions forms;

  @GetMapping
  String list(
      MunicipalityId municipality,
      @RequestParam(name = "sida", defaultValue = "1") String pageNumber,
      WebPage page) {
    TopicPages.keeper();
    page.add("page", pages.list(municipality, pageNumber, false));
    return "topic/staff/list";
  }

  @GetMapping("/ny")
  String newForm(WebPage page) {
    TopicPages.keeper();
    return pages.enter(TopicForms.Enter.blank(), FormErrors.none(), page);
  }

  @PostMapping("/ny")
  String enter(
      MunicipalityId municipality,
      @Valid @ModelAttribute("enterTopic") EnterTopic.Command command,
      BindingResult binding,
      @ModelAttribute("form") TopicForms.Enter form,
      WebPage page) {
    StaffPrincipal staff = TopicPages.keeper();
    return forms.submit(
        binding,
        () -> {
          UUID id = enterTopic.enter(municipality, command, staff);
          return page.redirect("topic.notice.entered", "/personal/amnen/" + id);
        },
        errors -> pages.enter(form, errors, page));
  }

  @GetMapping("/{id}")
  String manage(MunicipalityId municipality, @PathVariable String id, WebPage page) {
    TopicPages.viewer();
    return pages.manage(pages.find(municipality, id), null, FormErrors.none(), page);
  }

  @PostMapping("/{id}/status")
  String changeStatus(
      MunicipalityId municipality,
      @PathVariable String id,
      @Valid @ModelAttribute("changeTopicStatus") ChangeTopicStatus.Command command,
      BindingResult binding,
      @ModelAttribute("form") TopicForms.Status form,
      WebPage page) {
    StaffPrincipal staff = TopicPages.keeper();
    Topic topic = pages.find(municipality, id);
    return forms.submit(
        binding,
        () -> {
          changeStatus.change(municipality, topic.id(), command, staff);
          return page.redirect("topic.notice.status", "/personal/amnen/" + topic.id());
        },
        errors -> pages.manage(pages.find(municipality, id), form, errors, page));
  }

  @GetMapping("/{id}/beslut")
  String decisionForm(MunicipalityId municipality, @PathVariable String id, WebPage page) {
    Topic topic = decidable(municipality, id);
    return pages.decision(municipality, topic, null, FormErrors.none(), page);
  }

  @PostMapping("/{id}/beslut")
  String decide(
      MunicipalityId municipality,
      @PathVariable String id,
      @Valid @ModelAttribute("decideDialogue") DecideDialogue.Command command,
      BindingResult binding,
      @ModelAttribute("form") TopicForms.Decision form,
      WebPage page) {
    Topic topic = decidable(municipality, id);
    StaffPrincipal staff = TopicPages.keeper();
    return forms.submit(
        binding,
        () -> {
          DialogueId dialogue = decideDialogue.decide(municipality, topic.id(), command, staff);
          return page.redirect("topic.notice.decided", "/personal/dialoger/" + dialogue);
        },
        errors -> pages.decision(municipality, topic, form, errors, page));
  }

  /** A topic the signed-in person may record the decision for; 403 for anyone else. */
  private Topic decidable(MunicipalityId municipality, String id) {
    StaffPrincipal staff = TopicPages.keeper();
    Topic topic = pages.find(municipality, id);
    if (!se.trygghetsdialog.topic.TopicPolicy.mayDecide(staff)) {
      throw new AccessDeniedException("may not record decisions");
    }
    return topic;
  }
}
