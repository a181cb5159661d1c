package se.trygghetsdialog.dialogue.web;

import java.util.function.BiFunction;
import java.util.function.Consumer;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import se.trygghetsdialog.dialogue.Dialogue;
import se.trygghetsdialog.dialogue.DialogueId;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.FormSubmissions;
import se.trygghetsdialog.shared.web.WebPage;

/**
 * A form that changes a dialogue the user manages: done, back to the dialogue's overview with a
 * notice; refused, the form again beside the dialogue as it is now (perhaps changed meanwhile).
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DialogueForms {

  private final DialogueAccess access;
  private final FormSubmissions forms;

  /**
   * @param change the one action the form asks for, given the dialogue's id
   * @param notice the message key of the notice shown after the change
   * @param showAgain the form page for the dialogue as it is now, with the errors
   */
  String submit(
      MunicipalityId municipality,
      Dialogue dialogue,
      BindingResult binding,
      Consumer<DialogueId> change,
      String notice,
      WebPage page,
      BiFunction<Dialogue, FormErrors, String> showAgain) {
    return forms.submit(
        binding,
        () -> {
          change.accept(dialogue.id());
          return page.redirect(notice, "/personal/dialoger/" + dialogue.id());
        },
        errors -> showAgain.apply(access.current(municipality, dialogue), errors));
  }
}
