package se.trygghetsdialog.measure.web;

import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import se.trygghetsdialog.dialogue.Dialogues;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.measure.InputRef;
import se.trygghetsdialog.measure.LinkInput;
import se.trygghetsdialog.measure.MeasurePolicy;
import se.trygghetsdialog.measure.Measures;
import se.trygghetsdialog.measure.PromiseParty;
import se.trygghetsdialog.measure.PromiseStatus;
import se.trygghetsdialog.measure.Promises;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.Option;
import se.trygghetsdialog.shared.web.Ui;
import se.trygghetsdialog.shared.web.WebPage;

/** Page building for the staff controllers of the medborgarlöften. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PromisePages {

  private final Measures measures;
  private final Promises promises;
  private final Dialogues dialogues;
  private final LinkInput linkInput;

  /** The most closed survey rounds offered as evidence (the newest first). */
  static final int SURVEY_OPTIONS = 50;

  /** The form of a new medborgarlöfte. */
  String promise(MunicipalityId municipality, PromiseForm form, FormErrors errors, WebPage page) {
    Ui ui = page.ui();
    page.add("form", form);
    page.add("errors", errors);
    page.add("parties", Option.of(PromiseParty.values(), "measure.party", form.party(), ui));
    page.add(
        "statuses", Option.of(PromiseStatus.values(), "measure.promiseStatus", form.status(), ui));
    page.add("measureOptions", measures.options(municipality, form.activities()::contains));
    page.add(
        "dialogueOptions",
        Option.of(
            dialogues.list(municipality, null, null, 1, 100).items(),
            d -> d.id(),
            d -> d.title(),
            form.evidenceDialogues()::contains));
    page.add(
        "surveyOptions",
        linkInput.search(municipality, InputRef.SURVEY, "", SURVEY_OPTIONS).stream()
            .map(
                choice -> {
                  String id = choice.input().id().toString();
                  return new Option(id, choice.label(), form.evidenceSurveys().contains(id));
                })
            .toList());
    return "measure/staff/promise";
  }

  /**
   * The list of medborgarlöften, each with its status form.
   *
   * @param failed the promise whose status form was refused, or empty
   */
  String list(
      MunicipalityId municipality,
      String failed,
      FormErrors errors,
      StaffPrincipal staff,
      WebPage page) {
    Ui ui = page.ui();
    var all = promises.all(municipality);
    page.add("promises", all);
    page.add(
        "statusOptions",
        all.stream()
            .collect(
                Collectors.toMap(
                    p -> p.id().toString(),
                    p ->
                        Option.of(
                            PromiseStatus.values(),
                            "measure.promiseStatus",
                            p.status().name(),
                            ui))));
    page.add("mayManage", MeasurePolicy.mayManage(staff));
    page.add("failed", failed);
    page.add("errors", errors);
    return "measure/staff/promises";
  }
}
