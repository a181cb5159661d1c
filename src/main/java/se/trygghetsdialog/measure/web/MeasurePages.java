package se.trygghetsdialog.measure.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import se.trygghetsdialog.dialogue.DialogueId;
import se.trygghetsdialog.dialogue.Dialogues;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.measure.DecisionOutcome;
import se.trygghetsdialog.measure.Horizon;
import se.trygghetsdialog.measure.InputRef;
import se.trygghetsdialog.measure.InputSubscribers;
import se.trygghetsdialog.measure.LinkInput;
import se.trygghetsdialog.measure.Measure;
import se.trygghetsdialog.measure.MeasureId;
import se.trygghetsdialog.measure.MeasureKind;
import se.trygghetsdialog.measure.MeasurePolicy;
import se.trygghetsdialog.measure.MeasureStatus;
import se.trygghetsdialog.measure.MeasureType;
import se.trygghetsdialog.measure.MeasureView;
import se.trygghetsdialog.measure.Measures;
import se.trygghetsdialog.measure.OwnerKind;
import se.trygghetsdialog.measure.PrivateInput;
import se.trygghetsdialog.measure.ResponseTasks;
import se.trygghetsdialog.measure.WhatBecameOf;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.NotFoundException;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.FormText;
import se.trygghetsdialog.shared.web.Option;
import se.trygghetsdialog.shared.web.Ui;
import se.trygghetsdialog.shared.web.WebPage;
import se.trygghetsdialog.tenancy.Area;
import se.trygghetsdialog.tenancy.Areas;

/** Page building shared by the staff controllers of the register. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class MeasurePages {

  /** How many inputs a search offers to pick from. */
  static final int SEARCH_RESULTS = 20;

  private final Measures measures;
  private final LinkInput linkInput;
  private final Dialogues dialogues;
  private final Areas areas;
  private final ResponseTasks tasks;
  private final WhatBecameOf whatBecameOf;
  private final List<InputSubscribers> subscribers;

  /** The measure with its links, or not found. */
  MeasureView view(MunicipalityId municipality, UUID id) {
    return measures
        .view(municipality, new MeasureId(id))
        .orElseThrow(() -> new NotFoundException("measure"));
  }

  /** The known input types as options, the given one selected. */
  List<Option> typeOptions(@Nullable String selected, Ui ui) {
    return linkInput.knownTypes().stream()
        .map(t -> new Option(t, ui.t("measure.inputType." + t), t.equals(selected)))
        .toList();
  }

  /** The id of a dialogue of the municipality, or empty: for the new-measure link. */
  String knownDialogue(MunicipalityId municipality, @Nullable String dialogue) {
    UUID id = FormText.uuid(dialogue);
    return id != null && dialogues.find(municipality, new DialogueId(id)).isPresent()
        ? id.toString()
        : "";
  }

  /** The new-measure page. */
  String create(MunicipalityId municipality, MeasureForm form, FormErrors errors, WebPage page) {
    Ui ui = page.ui();
    page.add("form", form);
    page.add("errors", errors);
    page.add("kinds", Option.of(MeasureKind.values(), "measure.kind", form.kind(), ui));
    page.add("horizons", Option.of(Horizon.values(), "measure.horizon", form.horizon(), ui));
    page.add(
        "ownerKinds", Option.of(OwnerKind.values(), "measure.ownerKind", form.ownerKind(), ui));
    page.add(
        "measureTypes",
        Option.of(MeasureType.values(), "measure.measureType", form.measureType(), ui));
    page.add(
        "areaOptions",
        Option.of(areas.all(municipality), Area::id, Area::name, v -> v.equals(form.areaId())));
    UUID dialogueId = FormText.uuid(form.dialogueId());
    page.add(
        "dialogueTitle",
        dialogueId == null
            ? ""
            : dialogues
                .find(municipality, new DialogueId(dialogueId))
                .map(d -> d.title())
                .orElse(""));
    return "measure/staff/create";
  }

  /**
   * A measure's page, fresh from the register, with the forms as typed and, when a search was made,
   * the inputs it found.
   */
  String show(
      MunicipalityId municipality,
      UUID id,
      MeasureShowForm form,
      FormErrors errors,
      StaffPrincipal staff,
      WebPage page) {
    Ui ui = page.ui();
    MeasureView view = view(municipality, id);
    page.add("item", view);
    page.add("mayManage", MeasurePolicy.mayManage(staff));
    page.add(
        "mayDecide",
        MeasurePolicy.mayRecordDecision(staff)
            && view.measure().status() == MeasureStatus.PROPOSED);
    List<Option> targets = new ArrayList<>();
    for (MeasureStatus s : MeasureStatus.values()) {
      if (MeasurePolicy.mayMove(view.measure().status(), s)) {
        targets.add(new Option(s.name(), ui.e("measure.status", s), false));
      }
    }
    page.add("targets", targets);
    page.add("note", form.v(form.note()));
    page.add("progressNote", form.v(form.progressNote()));
    page.add("inputTypes", typeOptions(form.inputType(), ui));
    page.add("inputId", form.v(form.inputId()));
    page.add("errors", errors);
    String query = form.sok() == null ? null : FormText.clean(form.sok());
    String known = linkInput.knownTypes().contains(form.typ()) ? form.typ() : "";
    String words = query == null ? "" : query.length() > 200 ? query.substring(0, 200) : query;
    page.add("query", words);
    page.add("searchType", known);
    List<Option> searchTypes = new ArrayList<>();
    searchTypes.add(new Option("", ui.t("measure.field.searchType.all"), known.isEmpty()));
    searchTypes.addAll(typeOptions(known, ui));
    page.add("searchTypes", searchTypes);
    page.add("searched", query != null);
    page.add(
        "choices",
        query == null
            ? List.of()
            : linkInput.search(municipality, known, words, SEARCH_RESULTS).stream()
                .map(
                    c ->
                        new Option(
                            c.value(),
                            ui.t("measure.inputType." + c.input().type()) + ": " + c.label(),
                            c.value().equals(form.choice())))
                .toList());
    return "measure/staff/show";
  }

  /** The decision page of a proposal. */
  String decision(
      MunicipalityId municipality, UUID id, DecisionForm form, FormErrors errors, WebPage page) {
    Ui ui = page.ui();
    page.add("item", view(municipality, id));
    page.add("form", form);
    page.add("errors", errors);
    page.add(
        "outcomes", Option.of(DecisionOutcome.values(), "measure.outcome", form.outcome(), ui));
    return "measure/staff/decision";
  }

  /** The register with the form recording an input as not used. */
  String list(
      MunicipalityId municipality,
      MeasureShowForm form,
      @Nullable String reason,
      FormErrors errors,
      StaffPrincipal staff,
      WebPage page) {
    Ui ui = page.ui();
    page.add("items", measures.all(municipality));
    page.add("mayManage", MeasurePolicy.mayManage(staff));
    page.add("inputTypes", typeOptions(form.inputType(), ui));
    page.add("inputId", form.v(form.inputId()));
    page.add("reason", form.v(reason));
    page.add("errors", errors);
    return "measure/staff/list";
  }

  /** The response-task dashboard with the assign form and, if refused, the answer as typed. */
  String tasks(
      MunicipalityId municipality,
      TaskForm form,
      String answerTask,
      @Nullable String answerText,
      FormErrors errors,
      StaffPrincipal staff,
      WebPage page) {
    page.add("tasks", tasks.all(municipality));
    page.add("today", LocalDate.now(ZoneId.of("Europe/Stockholm")));
    page.add("mayManage", MeasurePolicy.mayManage(staff));
    page.add("form", form);
    page.add("answerTask", answerTask);
    page.add("answerText", answerText == null ? "" : answerText);
    page.add("errors", errors);
    page.add(
        "measureOptions",
        Option.of(
            measures.all(municipality),
            Measure::id,
            Measure::title,
            v -> v.equals(form.measureId())));
    return "measure/staff/tasks";
  }

  /**
   * What became of a resident's input, behind its private link: the measures linked to it, or why
   * it was not used; not found for an unknown link.
   */
  String whatBecameOf(
      MunicipalityId municipality, String token, WebPage page, HttpServletResponse response) {
    Optional<InputRef> input =
        token.length() > 100
            ? Optional.empty()
            : subscribers.stream()
                .map(s -> s.inputOfPrivateLink(municipality, token))
                .flatMap(Optional::stream)
                .findFirst();
    if (input.isEmpty()) {
      response.setStatus(HttpServletResponse.SC_NOT_FOUND);
      return "measure/invalidLink";
    }
    InputRef ref = input.get();
    page.add("inputType", ref.type());
    page.add("inputLabel", linkInput.label(municipality, ref).orElse(""));
    page.add("dialogueId", InputRef.DIALOGUE.equals(ref.type()) ? ref.id().toString() : "");
    page.add("items", measures.linkedTo(municipality, ref));
    page.add("reasonNotUsed", whatBecameOf.reasonNotUsed(municipality, ref).orElse(""));
    Optional<PrivateInput> own =
        subscribers.stream()
            .map(s -> s.privateInput(municipality, token))
            .flatMap(Optional::stream)
            .findFirst();
    page.add("stateKey", own.map(PrivateInput::stateKey).orElse(""));
    page.add("stateReason", own.map(PrivateInput::reason).orElse(""));
    page.add("notifies", own.map(PrivateInput::notifiesHolder).orElse(true));
    return "measure/whatBecameOf";
  }
}
