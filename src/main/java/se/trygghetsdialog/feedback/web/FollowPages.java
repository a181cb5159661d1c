package se.trygghetsdialog.feedback.web;

import java.util.Map;
import java.util.Optional;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.ui.Model;
import org.springframework.web.servlet.ModelAndView;
import se.trygghetsdialog.dialogue.Dialogue;
import se.trygghetsdialog.dialogue.DialogueId;
import se.trygghetsdialog.dialogue.Dialogues;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.WebPage;

/** Builds the pages of following a dialogue: the form, the receipts and the links' pages. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class FollowPages {

  private final Dialogues dialogues;

  /** The dialogue of a path; 404 for an id that is not one or names no dialogue here. */
  Dialogue dialogue(MunicipalityId municipality, String id) {
    return dialogues.named(municipality, id);
  }

  String follow(WebPage page, Dialogue dialogue, FollowForm form, FormErrors errors) {
    page.add("email", form.getEmail());
    page.add("consent", form.consentGiven());
    page.add("errors", errors);
    return page(page.model(), dialogue, "feedback/follow");
  }

  /** A page of the dialogue's following: its id and title in the model, and the view. */
  String page(Model model, Dialogue dialogue, String view) {
    model.addAttribute("dialogueId", dialogue.id().toString());
    model.addAttribute("dialogueTitle", dialogue.title());
    return view;
  }

  /**
   * The page behind a mailed link, with the button that acts on it; for a link that is unknown,
   * used or expired a clear 404 page.
   */
  ModelAndView linkPage(
      MunicipalityId municipality,
      Optional<DialogueId> dialogueOfLink,
      String token,
      FollowLink link) {
    return dialogueOfLink
        .flatMap(id -> dialogues.find(municipality, id))
        .map(
            dialogue -> {
              ExtendedModelMap model = new ExtendedModelMap();
              model.addAttribute("token", token);
              return new ModelAndView(page(model, dialogue, link.view()), model);
            })
        .orElseGet(() -> invalidLink(link));
  }

  /** Where a link's button leads: the dialogue's done page, or the 404 page of a bad link. */
  ModelAndView linkDone(Optional<DialogueId> done, FollowLink link) {
    return done.map(id -> new ModelAndView("redirect:/dialoger/" + id + "/folj/" + link.donePage()))
        .orElseGet(() -> invalidLink(link));
  }

  /** A clear 404 page for a link that is unknown, used or expired. */
  private static ModelAndView invalidLink(FollowLink link) {
    return new ModelAndView(
        "feedback/invalidLink", Map.of("kind", link.kind()), HttpStatus.NOT_FOUND);
  }
}
