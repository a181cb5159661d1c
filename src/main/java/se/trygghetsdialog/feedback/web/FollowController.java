package se.trygghetsdialog.feedback.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Locale;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import se.trygghetsdialog.dialogue.Dialogue;
import se.trygghetsdialog.feedback.ConfirmFollowing;
import se.trygghetsdialog.feedback.FollowDialogue;
import se.trygghetsdialog.feedback.StopFollowing;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.AnonymousRateLimiter;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.FormSubmissions;

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
  String form(@PathVariable String id, MunicipalityId municipality, Model model) {
    return pages.follow(
        model, pages.dialogue(municipality, id), new FollowForm(), FormErrors.none());
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
      Locale locale,
      Model model) {
    Dialogue dialogue = pages.dialogue(municipality, id);
    if (!rateLimiter.tryAcquire(request, RATE_LIMITED_ACTION)) {
      throw new ResponseStatusException(HttpStatus.TOO_MANY_REQUESTS);
    }
    String sent = "redirect:/dialoger/" + dialogue.id() + "/folj/skickat";
    if (form.honeypotFilled()) {
      return sent;
    }
    return forms.submit(
        binding,
        () -> {
          followDialogue.follow(municipality, dialogue.id(), command, locale);
          return sent;
        },
        errors -> pages.follow(model, dialogue, form, errors));
  }

  @GetMapping("/dialoger/{id}/folj/skickat")
  String sent(@PathVariable String id, MunicipalityId municipality, Model model) {
    return pages.page(model, pages.dialogue(municipality, id), "feedback/followSent");
  }

  @GetMapping("/folj/bekrafta/{token}")
  String confirmPage(
      @PathVariable String token,
      MunicipalityId municipality,
      HttpServletResponse response,
      Model model) {
    return pages.linkPage(
        municipality,
        confirmFollowing.pending(municipality, token),
        token,
        "feedback/confirm",
        "confirm",
        response,
        model);
  }

  /** The token in the path is the whole form. */
  @PostMapping("/folj/bekrafta/{token}")
  String confirm(
      @PathVariable String token,
      MunicipalityId municipality,
      HttpServletResponse response,
      Model model) {
    return pages.linkDone(
        confirmFollowing.confirm(municipality, token), "bekraftad", "confirm", response, model);
  }

  @GetMapping("/dialoger/{id}/folj/bekraftad")
  String confirmed(@PathVariable String id, MunicipalityId municipality, Model model) {
    return pages.page(model, pages.dialogue(municipality, id), "feedback/confirmed");
  }

  @GetMapping("/folj/avsluta/{token}")
  String unsubscribePage(
      @PathVariable String token,
      MunicipalityId municipality,
      HttpServletResponse response,
      Model model) {
    return pages.linkPage(
        municipality,
        stopFollowing.dialogueOf(municipality, token),
        token,
        "feedback/unsubscribe",
        "unsubscribe",
        response,
        model);
  }

  /** The token in the path is the whole form. */
  @PostMapping("/folj/avsluta/{token}")
  String unsubscribe(
      @PathVariable String token,
      MunicipalityId municipality,
      HttpServletResponse response,
      Model model) {
    return pages.linkDone(
        stopFollowing.stop(municipality, token), "avslutad", "unsubscribe", response, model);
  }

  @GetMapping("/dialoger/{id}/folj/avslutad")
  String unsubscribed(@PathVariable String id, MunicipalityId municipality, Model model) {
    return pages.page(model, pages.dialogue(municipality, id), "feedback/unsubscribed");
  }
}
