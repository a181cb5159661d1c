package se.trygghetsdialog.feedback.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import se.trygghetsdialog.dialogue.Dialogue;
import se.trygghetsdialog.dialogue.DialogueId;
import se.trygghetsdialog.dialogue.Dialogues;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.NotFoundException;
import se.trygghetsdialog.shared.web.FormErrors;

/** Builds the pages of following a dialogue: the form, the receipts and the links' pages. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class FollowPages {

  private final Dialogues dialogues;

  /** The dialogue of a path; 404 for an id that is not one or names no dialogue here. */
  Dialogue dialogue(MunicipalityId municipality, String id) {
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

  String follow(Model model, Dialogue dialogue, FollowForm form, FormErrors errors) {
    model.addAttribute("email", form.getEmail());
    model.addAttribute("consent", form.consentGiven());
    model.addAttribute("errors", errors);
    return page(model, dialogue, "feedback/follow");
  }

  String page(Model model, Dialogue dialogue, String view) {
    model.addAttribute("dialogueId", dialogue.id().toString());
    model.addAttribute("dialogueTitle", dialogue.title());
    return view;
  }

  /**
   * The page behind a mailed link, with the button that acts on it; for a link that is unknown,
   * used or expired a clear 404 page.
   *
   * @param kind {@code confirm} or {@code unsubscribe}
   */
  String linkPage(
      MunicipalityId municipality,
      Optional<DialogueId> dialogueOfLink,
      String token,
      String view,
      String kind,
      HttpServletResponse response,
      Model model) {
    return dialogueOfLink
        .flatMap(id -> dialogues.find(municipality, id))
        .map(
            dialogue -> {
              model.addAttribute("token", token);
              return page(model, dialogue, view);
            })
        .orElseGet(() -> invalidLink(response, model, kind));
  }

  /** Where a link's button leads: the dialogue's done page, or the 404 page of a bad link. */
  String linkDone(
      Optional<DialogueId> done,
      String donePage,
      String kind,
      HttpServletResponse response,
      Model model) {
    return done.map(id -> "redirect:/dialoger/" + id + "/folj/" + donePage)
        .orElseGet(() -> invalidLink(response, model, kind));
  }

  /** A clear 404 page for a link that is unknown, used or expired. */
  private static String invalidLink(HttpServletResponse response, Model model, String kind) {
    response.setStatus(HttpStatus.NOT_FOUND.value());
    model.addAttribute("kind", kind);
    return "feedback/invalidLink";
  }
}
