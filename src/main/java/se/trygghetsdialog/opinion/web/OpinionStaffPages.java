package se.trygghetsdialog.opinion.web;

import java.util.Arrays;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import se.trygghetsdialog.dialogue.Dialogue;
import se.trygghetsdialog.dialogue.DialogueStep;
import se.trygghetsdialog.opinion.Conversation;
import se.trygghetsdialog.opinion.OpinionConversations;
import se.trygghetsdialog.opinion.OpinionPolicy;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.Option;
import se.trygghetsdialog.shared.web.Ui;

/** Page building of the staff opinion page: the page with its forms. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class OpinionStaffPages {

  private final OpinionConversations conversations;

  /**
   * The staff page of a dialogue's statements.
   *
   * @param text the seed statement as typed
   * @param errors the errors of the seed, visibility and step forms
   * @param importErrors the errors of the import form
   */
  String render(
      Model model,
      MunicipalityId municipality,
      Dialogue dialogue,
      String text,
      FormErrors errors,
      FormErrors importErrors) {
    Conversation conversation = conversations.conversation(municipality, dialogue.id());
    Ui ui = (Ui) model.getAttribute("ui");
    model.addAttribute("dialogue", dialogue);
    model.addAttribute("statements", conversations.statements(municipality, dialogue.id()));
    model.addAttribute("open", OpinionPolicy.votingOpen(dialogue, conversation));
    model.addAttribute(
        "stepOptions",
        Arrays.stream(DialogueStep.values())
            .map(
                s ->
                    new Option(
                        s.name(),
                        ui == null
                            ? s.name()
                            : ui.t("dialogue.step.number", s.number())
                                + ": "
                                + ui.e("dialogue.step", s),
                        conversation.openInSteps().contains(s)))
            .toList());
    model.addAttribute("text", text);
    model.addAttribute("errors", errors);
    model.addAttribute("importErrors", importErrors);
    return "opinion/staff/statements";
  }

  static String redirect(Dialogue dialogue) {
    return "redirect:/personal/dialoger/" + dialogue.id() + "/pastaenden";
  }
}
