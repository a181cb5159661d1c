package se.trygghetsdialog.topic.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.Optional;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.AnonymousRateLimiter;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.FormSubmissions;
import se.trygghetsdialog.shared.web.WebPage;
import se.trygghetsdialog.topic.ProposeTopic;
import se.trygghetsdialog.topic.Topic;
import se.trygghetsdialog.topic.TopicProposers;

/**
 * The public topic pages: the backlog of approved topics with their status and reason, one topic
 * (linking to its dialogue once decided), the proposal form, and the pages behind the mailed
 * confirmation and stop links (a page with a button, so a mail scanner acts on nothing).
 */
@org.springframework.stereotype.Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class TopicController {

  /** The rate-limited action name, see {@link AnonymousRateLimiter}. */
  static final String RATE_LIMITED_ACTION = "topic-proposal";

  private final TopicPages pages;
  private final ProposeTopic proposeTopic;
  private final TopicProposers proposers;
  private final AnonymousRateLimiter rateLimiter;
  private final FormSubmissions forms;

  @GetMapping("/amnen")
  String list(
      MunicipalityId municipality,
      @RequestParam(name = "sida", defaultValue = "1") String pageNumber,
      WebPage page) {
    page.add("page", pages.list(municipality, pageNumber, true));
    return "topic/list";
  }

  @GetMapping("/amnen/{id}")
  String show(MunicipalityId municipality, @PathVariable String id, WebPage page) {
    Topic topic = pages.shown(municipality, id);
    page.add("topic", topic);
    page.add("history", pages.history(municipality, topic));
    pages.proposalCase(municipality, topic).ifPresent(file -> page.add("proposalCase", file));
    return "topic/show";
  }

  @GetMapping("/amnen/foresla")
  String proposeForm(WebPage page) {
    return pages.propose(TopicForms.Propose.blank(), FormErrors.none(), false, page);
  }

  @PostMapping("/amnen/foresla")
  String propose(
      MunicipalityId municipality,
      @Valid @ModelAttribute("proposeTopic") ProposeTopic.Command command,
      BindingResult binding,
      @ModelAttribute("form") TopicForms.Propose form,
      HttpServletRequest request,
      WebPage page) {
    rateLimiter.require(request, RATE_LIMITED_ACTION);
    return forms.submit(
        binding,
        () -> {
          proposeTopic.propose(municipality, command, page.ui().locale());
          return page.redirect("topic.notice.proposed", "/amnen/foresla/skickat");
        },
        errors -> pages.propose(form, errors, offersSendAnyway(binding), page));
  }

  /** The resident is offered to send a text flagged for personal data all the same. */
  private static boolean offersSendAnyway(BindingResult binding) {
    return binding.getFieldErrors().stream()
        .map(FieldError::getCode)
        .anyMatch("NoPersonalData"::equals);
  }

  @GetMapping("/amnen/foresla/skickat")
  String proposed() {
    return "topic/proposed";
  }

  /** The page behind a mailed link: a button that confirms the address or stops the mails. */
  @GetMapping("/amnen/{link:bekrafta|sluta}/{token}")
  String linkPage(
      MunicipalityId municipality,
      @PathVariable String link,
      @PathVariable String token,
      WebPage page) {
    boolean confirm = "bekrafta".equals(link);
    boolean usable =
        confirm
            ? proposers.pending(municipality, token).isPresent()
            : se.trygghetsdialog.shared.SecretTokens.wellFormed(token);
    page.add("confirm", confirm).add("usable", usable).add("token", token);
    return "topic/link";
  }

  @PostMapping("/amnen/{link:bekrafta|sluta}/{token}")
  String useLink(
      MunicipalityId municipality,
      @PathVariable String link,
      @PathVariable String token,
      WebPage page) {
    boolean confirm = "bekrafta".equals(link);
    Optional<UUID> topic =
        confirm ? proposers.confirm(municipality, token) : proposers.stop(municipality, token);
    page.add("confirm", confirm).add("done", topic.isPresent());
    return "topic/linkDone";
  }
}
