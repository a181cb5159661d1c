package se.trygghetsdialog.feedback.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.Optional;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import se.trygghetsdialog.dialogue.Dialogue;
import se.trygghetsdialog.dialogue.DialogueId;
import se.trygghetsdialog.feedback.ConfirmFollowing;
import se.trygghetsdialog.feedback.FollowDialogue;
import se.trygghetsdialog.feedback.StopFollowing;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.AnonymousRateLimiter;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.FormSubmissions;
import se.trygghetsdialog.shared.web.WebPage;

/**
 * Following a dialogue by e-mail without an account: the follow form, the receipt, and the pages
 * behind the confirmation and unsubscribe links. The links open a page with a button, so a mail
 * scanner that fetches links confirms or unsubscribes nothing.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class FollowController {

  /** The rate-limited action name, see {@link AnonymousRateLimiter}. */
  static final String RATE_LIMITED_ACTION = "follow-dialogue";

  private final FollowDialogue followDialogue;
  private final ConfirmFollowing confirmFollowing;
  private final StopFollowing stopFollowing;
  private final AnonymousRateLimiter rateLimiter;
  private final FollowPages pages;
  private final FormSubmissions forms;

  @GetMapping("/dialoger/{id}/folj")
  String form(@PathVariable String id, MunicipalityId municipality, WebPage page) {
    return pages.follow(
        page, pages.dialogue(municipality, id), new FollowForm(), FormErrors.none());
  }

  /** A filled honeypot gets the same receipt and nothing is stored. */
  @PostMapping("/dialoger/{id}/folj")
  String follow(
      @PathVariable String id,
      MunicipalityId municipality,
      @Valid @ModelAttribute("followDialogue") FollowDialogue.Command command,
      BindingResult binding,
      @ModelAttribute("form") FollowForm form,
      HttpServletRequest request,
      WebPage page) {
    Dialogue dialogue = pages.dialogue(municipality, id);
    rateLimiter.require(request, RATE_LIMITED_ACTION);
    String sent = "redirect:/dialoger/" + dialogue.id() + "/folj/skickat";
    if (form.honeypotFilled()) {
      return sent;
    }
    return forms.submit(
        binding,
        () -> {
          followDialogue.follow(municipality, dialogue.id(), command, page.ui().locale());
          return sent;
        },
        errors -> pages.follow(page, dialogue, form, errors));
  }

  /** The receipts: the request was sent, the following confirmed, the following stopped. */
  @GetMapping("/dialoger/{id}/folj/{receipt:skickat|bekraftad|avslutad}")
  String receipt(
      @PathVariable String id,
      @PathVariable String receipt,
      MunicipalityId municipality,
      WebPage page) {
    String view =
        switch (receipt) {
          case "skickat" -> "feedback/followSent";
          case "bekraftad" -> "feedback/confirmed";
          default -> "feedback/unsubscribed";
        };
    return pages.page(page.model(), pages.dialogue(municipality, id), view);
  }

  /** The page behind a mailed confirmation or unsubscribe link, with the button that acts on it. */
  @GetMapping("/folj/{link:bekrafta|avsluta}/{token}")
  ModelAndView linkPage(
      @PathVariable String link, @PathVariable String token, MunicipalityId municipality) {
    return pages.linkPage(
        municipality, dialogueOf(link, municipality, token), token, FollowLink.of(link));
  }

  /** The link's button: the token in the path is the whole form. */
  @PostMapping("/folj/{link:bekrafta|avsluta}/{token}")
  ModelAndView useLink(
      @PathVariable String link, @PathVariable String token, MunicipalityId municipality) {
    FollowLink kind = FollowLink.of(link);
    Optional<DialogueId> done =
        kind.equals(FollowLink.CONFIRM)
            ? confirmFollowing.confirm(municipality, token)
            : stopFollowing.stop(municipality, token);
    return pages.linkDone(done, kind);
  }

  /** The dialogue a still usable link is for. */
  private Optional<DialogueId> dialogueOf(String link, MunicipalityId municipality, String token) {
    return FollowLink.of(link).equals(FollowLink.CONFIRM)
        ? confirmFollowing.pending(municipality, token)
        : stopFollowing.dialogueOf(municipality, token);
  }
}
