package se.trygghetsdialog.feedback.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import se.trygghetsdialog.dialogue.Dialogue;
import se.trygghetsdialog.dialogue.DialogueId;
import se.trygghetsdialog.dialogue.Dialogues;
import se.trygghetsdialog.feedback.ConfirmFollowing;
import se.trygghetsdialog.feedback.EmailAddress;
import se.trygghetsdialog.feedback.FollowDialogue;
import se.trygghetsdialog.feedback.StopFollowing;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.NotFoundException;
import se.trygghetsdialog.shared.web.AnonymousRateLimiter;
import se.trygghetsdialog.shared.web.FormErrors;

/**
 * Following a dialogue by e-mail without an account: the follow form, the receipt, and the pages
 * behind the confirmation and unsubscribe links. The links open a page with a button, so a mail
 * scanner that fetches links confirms or unsubscribes nothing.
 */
@Controller
class FollowController {

  /** The rate-limited action name, see {@link AnonymousRateLimiter}. */
  static final String RATE_LIMITED_ACTION = "follow-dialogue";

  private final Dialogues dialogues;
  private final FollowDialogue followDialogue;
  private final ConfirmFollowing confirmFollowing;
  private final StopFollowing stopFollowing;
  private final AnonymousRateLimiter rateLimiter;
  private final MessageSource messages;

  FollowController(
      Dialogues dialogues,
      FollowDialogue followDialogue,
      ConfirmFollowing confirmFollowing,
      StopFollowing stopFollowing,
      AnonymousRateLimiter rateLimiter,
      MessageSource messages) {
    this.dialogues = dialogues;
    this.followDialogue = followDialogue;
    this.confirmFollowing = confirmFollowing;
    this.stopFollowing = stopFollowing;
    this.rateLimiter = rateLimiter;
    this.messages = messages;
  }

  @GetMapping("/dialoger/{id}/folj")
  String form(@PathVariable String id, MunicipalityId municipality, Model model) {
    Dialogue dialogue = dialogue(municipality, id);
    return followPage(model, dialogue, new FollowForm(), FormErrors.none());
  }

  @PostMapping("/dialoger/{id}/folj")
  String follow(
      @PathVariable String id,
      MunicipalityId municipality,
      FollowForm form,
      HttpServletRequest request,
      HttpServletResponse response,
      Locale locale,
      Model model) {
    Dialogue dialogue = dialogue(municipality, id);
    if (!rateLimiter.tryAcquire(request, RATE_LIMITED_ACTION)) {
      throw new ResponseStatusException(HttpStatus.TOO_MANY_REQUESTS);
    }
    String sent = "redirect:/dialoger/" + dialogue.id() + "/folj/skickat";
    if (form.honeypotFilled()) {
      return sent;
    }
    BindingResult result = new BeanPropertyBindingResult(form, "followForm");
    String email = form.getEmail().strip();
    if (email.isEmpty()) {
      result.rejectValue("email", "feedback.follow.error.email.required");
    } else if (email.length() > EmailAddress.MAX_LENGTH) {
      result.rejectValue("email", "feedback.follow.error.email.tooLong");
    } else if (!EmailAddress.valid(email)) {
      result.rejectValue("email", "feedback.follow.error.email.invalid");
    }
    if (!form.consentGiven()) {
      result.rejectValue("consent", "feedback.follow.error.consent.required");
    }
    if (result.hasErrors()) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return followPage(model, dialogue, form, FormErrors.of(result, messages, locale));
    }
    followDialogue.follow(municipality, dialogue.id(), email, locale);
    return sent;
  }

  @GetMapping("/dialoger/{id}/folj/skickat")
  String sent(@PathVariable String id, MunicipalityId municipality, Model model) {
    return dialoguePage(model, dialogue(municipality, id), "feedback/followSent");
  }

  @GetMapping("/folj/bekrafta/{token}")
  String confirmPage(
      @PathVariable String token,
      MunicipalityId municipality,
      HttpServletResponse response,
      Model model) {
    return confirmFollowing
        .pending(municipality, token)
        .flatMap(id -> dialogues.find(municipality, id))
        .map(
            dialogue -> {
              model.addAttribute("token", token);
              return dialoguePage(model, dialogue, "feedback/confirm");
            })
        .orElseGet(() -> invalidLink(response, model, "confirm"));
  }

  @PostMapping("/folj/bekrafta/{token}")
  String confirm(
      @PathVariable String token,
      MunicipalityId municipality,
      HttpServletResponse response,
      Model model) {
    return confirmFollowing
        .confirm(municipality, token)
        .map(id -> "redirect:/dialoger/" + id + "/folj/bekraftad")
        .orElseGet(() -> invalidLink(response, model, "confirm"));
  }

  @GetMapping("/dialoger/{id}/folj/bekraftad")
  String confirmed(@PathVariable String id, MunicipalityId municipality, Model model) {
    return dialoguePage(model, dialogue(municipality, id), "feedback/confirmed");
  }

  @GetMapping("/folj/avsluta/{token}")
  String unsubscribePage(
      @PathVariable String token,
      MunicipalityId municipality,
      HttpServletResponse response,
      Model model) {
    return stopFollowing
        .dialogueOf(municipality, token)
        .flatMap(id -> dialogues.find(municipality, id))
        .map(
            dialogue -> {
              model.addAttribute("token", token);
              return dialoguePage(model, dialogue, "feedback/unsubscribe");
            })
        .orElseGet(() -> invalidLink(response, model, "unsubscribe"));
  }

  @PostMapping("/folj/avsluta/{token}")
  String unsubscribe(
      @PathVariable String token,
      MunicipalityId municipality,
      HttpServletResponse response,
      Model model) {
    return stopFollowing
        .stop(municipality, token)
        .map(id -> "redirect:/dialoger/" + id + "/folj/avslutad")
        .orElseGet(() -> invalidLink(response, model, "unsubscribe"));
  }

  @GetMapping("/dialoger/{id}/folj/avslutad")
  String unsubscribed(@PathVariable String id, MunicipalityId municipality, Model model) {
    return dialoguePage(model, dialogue(municipality, id), "feedback/unsubscribed");
  }

  private Dialogue dialogue(MunicipalityId municipality, String id) {
    DialogueId dialogueId;
    try {
      dialogueId = DialogueId.parse(id);
    } catch (IllegalArgumentException e) {
      throw new NotFoundException("dialogue " + id);
    }
    return dialogues
        .find(municipality, dialogueId)
        .orElseThrow(() -> new NotFoundException("dialogue " + id));
  }

  private String followPage(Model model, Dialogue dialogue, FollowForm form, FormErrors errors) {
    model.addAttribute("email", form.getEmail());
    model.addAttribute("consent", form.consentGiven());
    model.addAttribute("errors", errors);
    return dialoguePage(model, dialogue, "feedback/follow");
  }

  private String dialoguePage(Model model, Dialogue dialogue, String view) {
    model.addAttribute("dialogueId", dialogue.id().toString());
    model.addAttribute("dialogueTitle", dialogue.title());
    return view;
  }

  /** A clear 404 page for a link that is unknown, used or expired. */
  private String invalidLink(HttpServletResponse response, Model model, String kind) {
    response.setStatus(HttpStatus.NOT_FOUND.value());
    model.addAttribute("kind", kind);
    return "feedback/invalidLink";
  }
}
