package se.trygghetsdialog.survey.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import se.trygghetsdialog.dialogue.Dialogue;
import se.trygghetsdialog.dialogue.DialogueId;
import se.trygghetsdialog.dialogue.Dialogues;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.Language;
import se.trygghetsdialog.shared.web.Option;
import se.trygghetsdialog.shared.web.Ui;
import se.trygghetsdialog.shared.web.WebPage;
import se.trygghetsdialog.survey.Question;
import se.trygghetsdialog.survey.QuestionBank;
import se.trygghetsdialog.survey.QuestionKind;
import se.trygghetsdialog.survey.QuestionTranslations;
import se.trygghetsdialog.survey.Survey;
import se.trygghetsdialog.survey.SurveyRound;
import se.trygghetsdialog.survey.Surveys;

/** Builds the staff pages of the survey builder. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class SurveyStaffPages {

  /** The most dialogues offered in a round's dialogue list (the newest first). */
  static final int MAX_DIALOGUES = 200;

  private final Surveys surveys;
  private final SurveyPages pages;
  private final Dialogues dialogues;

  String list(MunicipalityId m, SurveyForms.Create form, FormErrors errors, WebPage page) {
    page.add("surveys", surveys.all(m)).add("form", form).add("errors", errors);
    return "survey/staff/list";
  }

  String survey(
      MunicipalityId m,
      Survey survey,
      SurveyForms.@Nullable QuestionForm question,
      SurveyForms.@Nullable RoundForm round,
      FormErrors errors,
      WebPage page) {
    Ui ui = page.ui();
    SurveyForms.QuestionForm questionForm =
        question != null ? question : SurveyForms.QuestionForm.blank();
    List<Question> all = surveys.questions(m, survey.id());
    QuestionTranslations translations = surveys.translations(m, all);
    List<QuestionRow> rows =
        all.stream()
            .map(
                q ->
                    new QuestionRow(
                        q,
                        surveys.answered(m, q),
                        QuestionTranslations.languages().stream()
                            .filter(l -> !translations.complete(q, l))
                            .map(Language::ownName)
                            .toList()))
            .toList();
    List<Option> bank =
        QuestionBank.ITEMS.stream()
            .filter(i -> all.stream().noneMatch(q -> q.code().equals(i.code())))
            .map(i -> new Option(i.code(), i.text(), false))
            .toList();
    List<SurveyRound> rounds = surveys.rounds(m, survey.id());
    SurveyForms.RoundForm roundForm = round != null ? round : SurveyForms.RoundForm.blank();
    page.add("survey", survey)
        .add("questions", rows)
        .add("bank", bank)
        .add("rounds", rounds)
        .add("form", questionForm)
        .add("kinds", kinds(questionForm.kind(), ui))
        .add("conditions", conditions(all, questionForm.conditionCode()))
        .add("roundForm", roundForm)
        .add("dialogues", dialogueOptions(m, roundForm.dialogue()))
        .add("errors", errors);
    return "survey/staff/survey";
  }

  String question(
      MunicipalityId m,
      Survey survey,
      Question question,
      SurveyForms.QuestionForm form,
      FormErrors errors,
      WebPage page) {
    List<Question> all = surveys.questions(m, survey.id());
    page.add("survey", survey)
        .add("question", question)
        .add("answered", surveys.answered(m, question))
        .add("form", form)
        .add("kinds", kinds(form.kind(), page.ui()))
        .add("conditions", conditions(all, form.conditionCode()))
        .add("errors", errors);
    return "survey/staff/question";
  }

  private static List<Option> kinds(@Nullable String chosen, Ui ui) {
    return Arrays.stream(QuestionKind.values())
        .map(k -> new Option(k.name(), ui.e("survey.kind", k), k.name().equals(chosen)))
        .toList();
  }

  /** The questions a condition may name: asked questions with options. */
  private static List<Option> conditions(List<Question> all, @Nullable String chosen) {
    return all.stream()
        .filter(q -> q.asked() && q.kind().hasOptions())
        .map(
            q ->
                new Option(
                    q.code(),
                    q.text() + " (" + q.code() + ")",
                    q.code().equals(chosen),
                    String.join(", ", q.options().stream().map(o -> o.value()).toList())))
        .toList();
  }

  /** The municipality's dialogues a round may be tied to, {@code chosen} selected. */
  private List<Option> dialogueOptions(MunicipalityId m, @Nullable Object chosen) {
    String selected = chosen == null ? "" : chosen.toString();
    return Option.of(
        dialogues.list(m, null, null, 1, MAX_DIALOGUES).items(),
        d -> d.id().value(),
        Dialogue::title,
        selected::equals);
  }

  /** The round page. */
  String round(
      MunicipalityId m,
      Survey survey,
      SurveyRound round,
      String link,
      FormErrors errors,
      WebPage page) {
    String dialogueTitle =
        round.dialogueId() == null
            ? ""
            : dialogues.find(m, new DialogueId(round.dialogueId())).map(Dialogue::title).orElse("");
    page.add("survey", survey)
        .add("round", round)
        .add("dialogueTitle", dialogueTitle)
        .add("dialogues", dialogueOptions(m, round.dialogueId()))
        .add("link", link)
        .add("responses", surveys.responses(m, round.id()))
        .add("codes", surveys.codes(m, round.id()))
        .add("errors", errors);
    return "survey/staff/round";
  }

  /** The paper-entry page: every asked question on one page. */
  String paper(
      MunicipalityId m,
      Survey survey,
      SurveyRound round,
      String entry,
      Map<String, List<String>> typed,
      FormErrors errors,
      WebPage page) {
    List<Question> asked = surveys.asked(m, survey.id());
    page.add("survey", survey)
        .add("round", round)
        .add("entry", entry)
        .add("questions", pages.views(m, asked, Map.of(), typed, page.ui()))
        .add("map", pages.map(m))
        .add("errors", errors);
    return "survey/staff/paper";
  }
}
