package se.trygghetsdialog.opinion.web;

import java.util.Arrays;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import se.trygghetsdialog.dialogue.Dialogue;
import se.trygghetsdialog.dialogue.DialogueStep;
import se.trygghetsdialog.opinion.Conversation;
import se.trygghetsdialog.opinion.OpinionConversations;
import se.trygghetsdialog.opinion.OpinionPolicy;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.Option;
import se.trygghetsdialog.shared.web.Ui;
import se.trygghetsdialog.shared.web.WebPage;

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
      WebPage page,
      MunicipalityId municipality,
      Dialogue dialogue,
      String text,
      FormErrors errors,
      FormErrors importErrors) {
    Conversation conversation = conversations.conversation(municipality, dialogue.id());
    Ui ui = page.ui();
    page.add("dialogue", dialogue);
    page.add("statements", conversations.statements(municipality, dialogue.id()));
    page.add("open", OpinionPolicy.votingOpen(dialogue, conversation));
    page.add(
        "stepOptions",
        Arrays.stream(DialogueStep.values())
            .map(
                s ->
                    new Option(
                        s.name(),
                        ui.t("dialogue.step.number", s.number()) + ": " + ui.e("dialogue.step", s),
                        conversation.openInSteps().contains(s)))
            .toList());
    page.add("text", text);
    page.add("errors", errors);
    page.add("importErrors", importErrors);
    return "opinion/staff/statements";
  }

  /** The path of a dialogue's statements page. */
  static String path(Dialogue dialogue) {
    return "/personal/dialoger/" + dialogue.id() + "/pastaenden";
  }
}
