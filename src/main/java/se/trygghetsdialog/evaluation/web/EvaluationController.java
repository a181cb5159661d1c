package se.trygghetsdialog.evaluation.web;

import jakarta.validation.Valid;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.trygghetsdialog.dialogue.Dialogue;
import se.trygghetsdialog.dialogue.DialogueStep;
import se.trygghetsdialog.dialogue.Dialogues;
import se.trygghetsdialog.evaluation.Assessment;
import se.trygghetsdialog.evaluation.EvaluateDialogue;
import se.trygghetsdialog.evaluation.EvaluationAspect;
import se.trygghetsdialog.evaluation.Evaluations;
import se.trygghetsdialog.evaluation.RecordLesson;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.FormSubmissions;
import se.trygghetsdialog.shared.web.Option;
import se.trygghetsdialog.shared.web.WebPage;

/**
 * The evaluation of a dialogue (step 7) and its lessons learned, for the dialogue's team only: one
 * page with the evaluation form, the team's lessons and the form to add one.
 */
@Controller
@RequestMapping("/personal/dialoger/{id}/utvardering")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class EvaluationController {

  private final Dialogues dialogues;
  private final Evaluations evaluations;
  private final EvaluateDialogue evaluate;
  private final RecordLesson recordLesson;
  private final FormSubmissions forms;

  @GetMapping
  String show(MunicipalityId municipality, @PathVariable UUID id, WebPage page) {
    return render(dialogues.ofTeam(municipality, id), Map.of(), FormErrors.none(), page);
  }

  @PostMapping
  String evaluate(
      MunicipalityId municipality,
      @PathVariable UUID id,
      @Valid @ModelAttribute("evaluateDialogue") EvaluateDialogue.Command command,
      BindingResult binding,
      @RequestParam Map<String, String> typed,
      WebPage page) {
    return submit(
        municipality,
        id,
        binding,
        typed,
        page,
        "evaluation.notice.saved",
        (dialogue, author) -> evaluate.evaluate(dialogue, author, command));
  }

  @PostMapping("/lardomar")
  String lesson(
      MunicipalityId municipality,
      @PathVariable UUID id,
      @Valid @ModelAttribute("recordLesson") RecordLesson.Command command,
      BindingResult binding,
      @RequestParam Map<String, String> typed,
      WebPage page) {
    return submit(
        municipality,
        id,
        binding,
        typed,
        page,
        "evaluation.notice.lesson",
        (dialogue, author) -> recordLesson.record(dialogue, author, command));
  }

  /**
   * Submits one of the page's forms, for the dialogue's team: the action runs as the signed-in
   * staff member and the page follows with the notice; refused input shows the page again.
   */
  private String submit(
      MunicipalityId municipality,
      UUID id,
      BindingResult binding,
      Map<String, String> typed,
      WebPage page,
      String notice,
      BiConsumer<Dialogue, UUID> action) {
    Dialogue dialogue = dialogues.ofTeam(municipality, id);
    return forms.submit(
        binding,
        () -> {
          action.accept(dialogue, StaffAccounts.signedIn().accountId());
          return page.redirect(notice, "/personal/dialoger/" + id + "/utvardering");
        },
        errors -> render(dialogue, typed, errors, page));
  }

  private String render(
      Dialogue dialogue, Map<String, String> typed, FormErrors errors, WebPage page) {
    var ui = page.ui();
    Map<String, String> form = new HashMap<>();
    evaluations.of(dialogue.municipalityId(), dialogue.id()).values().forEach(a -> saved(form, a));
    form.putAll(typed);
    List<Option> scores =
        List.of("1", "2", "3", "4", "5").stream()
            .map(s -> new Option(s, ui.t("evaluation.score." + s), false))
            .toList();
    List<Option> steps =
        java.util.Arrays.stream(DialogueStep.values())
            .map(
                s ->
                    new Option(
                        s.name(), ui.e("dialogue.step", s), s.name().equals(form.get("step"))))
            .toList();
    page.add(
        "page",
        new EvaluationPage(
            dialogue,
            List.of(EvaluationAspect.values()),
            scores,
            steps,
            evaluations.lessons(dialogue.municipalityId(), dialogue.id()),
            form,
            errors));
    return "evaluation/show";
  }

  private static void saved(Map<String, String> form, Assessment a) {
    form.put(EvaluationPage.field(a.aspect(), "Score"), Integer.toString(a.score()));
    form.put(EvaluationPage.field(a.aspect(), "Text"), a.text());
    @Nullable Integer answered = a.answered();
    form.put(
        EvaluationPage.field(a.aspect(), "Answered"), answered == null ? "" : answered.toString());
  }
}
