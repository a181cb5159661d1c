package se.trygghetsdialog.measure.web;

import static se.trygghetsdialog.measure.web.Forms.decider;
import static se.trygghetsdialog.measure.web.Forms.manager;
import static se.trygghetsdialog.measure.web.Forms.options;
import static se.trygghetsdialog.measure.web.Forms.parse;
import static se.trygghetsdialog.measure.web.Forms.staff;
import static se.trygghetsdialog.measure.web.Forms.viewer;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.trygghetsdialog.dialogue.DialogueId;
import se.trygghetsdialog.dialogue.Dialogues;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.measure.ChangeMeasureStatus;
import se.trygghetsdialog.measure.DecisionOutcome;
import se.trygghetsdialog.measure.Horizon;
import se.trygghetsdialog.measure.InputRef;
import se.trygghetsdialog.measure.LinkInput;
import se.trygghetsdialog.measure.MeasureId;
import se.trygghetsdialog.measure.MeasureKind;
import se.trygghetsdialog.measure.MeasurePolicy;
import se.trygghetsdialog.measure.MeasureRuleViolation;
import se.trygghetsdialog.measure.MeasureStatus;
import se.trygghetsdialog.measure.MeasureType;
import se.trygghetsdialog.measure.MeasureView;
import se.trygghetsdialog.measure.Measures;
import se.trygghetsdialog.measure.OwnerKind;
import se.trygghetsdialog.measure.ProposeMeasure;
import se.trygghetsdialog.measure.RecordDecision;
import se.trygghetsdialog.measure.RecordInputNotUsed;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.NotFoundException;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.FormText;
import se.trygghetsdialog.shared.web.Option;
import se.trygghetsdialog.shared.web.Ui;
import se.trygghetsdialog.tenancy.Areas;

/** Staff pages of the register: list, new measure, a measure with its links, status, decision. */
@Controller
@RequestMapping("/personal/atgarder")
class MeasureStaffController {

  private final Measures measures;
  private final ProposeMeasure proposeMeasure;
  private final LinkInput linkInput;
  private final RecordDecision recordDecision;
  private final ChangeMeasureStatus changeStatus;
  private final RecordInputNotUsed recordNotUsed;
  private final Dialogues dialogues;
  private final Areas areas;
  private final MessageSource messages;

  MeasureStaffController(
      Measures measures,
      ProposeMeasure proposeMeasure,
      LinkInput linkInput,
      RecordDecision recordDecision,
      ChangeMeasureStatus changeStatus,
      RecordInputNotUsed recordNotUsed,
      Dialogues dialogues,
      Areas areas,
      MessageSource messages) {
    this.measures = measures;
    this.proposeMeasure = proposeMeasure;
    this.linkInput = linkInput;
    this.recordDecision = recordDecision;
    this.changeStatus = changeStatus;
    this.recordNotUsed = recordNotUsed;
    this.dialogues = dialogues;
    this.areas = areas;
    this.messages = messages;
  }

  private MeasureView view(MunicipalityId municipality, UUID id) {
    return measures
        .view(municipality, new MeasureId(id))
        .orElseThrow(() -> new NotFoundException("measure"));
  }

  // ---- list --------------------------------------------------------------------------------

  @GetMapping
  String list(MunicipalityId municipality, Model model, @ModelAttribute("ui") Ui ui) {
    StaffPrincipal staff = viewer();
    return renderList(municipality, "", "", "", FormErrors.none(), model, staff, ui);
  }

  private String renderList(
      MunicipalityId municipality,
      String inputType,
      String inputId,
      String reason,
      FormErrors errors,
      Model model,
      StaffPrincipal staff,
      Ui ui) {
    model.addAttribute("items", measures.all(municipality));
    model.addAttribute("mayManage", MeasurePolicy.mayManage(staff));
    model.addAttribute("inputTypes", typeOptions(inputType, ui));
    model.addAttribute("inputId", inputId);
    model.addAttribute("reason", reason);
    model.addAttribute("errors", errors);
    return "measure/staff/list";
  }

  private List<Option> typeOptions(String selected, Ui ui) {
    return linkInput.knownTypes().stream()
        .map(t -> new Option(t, ui.t("measure.inputType." + t), t.equals(selected)))
        .toList();
  }

  @PostMapping("/ej-anvand")
  String notUsed(
      MunicipalityId municipality,
      @RequestParam(name = "inputType", defaultValue = "") String inputType,
      @RequestParam(name = "inputId", defaultValue = "") String inputId,
      @RequestParam(name = "reason", defaultValue = "") String reason,
      Model model,
      @ModelAttribute("ui") Ui ui,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    StaffPrincipal staff = manager();
    FormErrors.Builder errors = FormErrors.builder(messages, ui.locale());
    UUID id = FormText.uuid(inputId);
    String text = FormText.clean(reason);
    if (inputType.isBlank()) {
      errors.add("inputType", "measure.error.link.unknownType");
    }
    if (inputId.isBlank()) {
      errors.add("inputId", "measure.error.link.idRequired");
    } else if (id == null) {
      errors.add("inputId", "measure.error.link.idInvalid");
    }
    if (text.isEmpty()) {
      errors.add("reason", "measure.error.notUsed.reasonRequired");
    } else if (text.length() > ProposeMeasure.MAX_TEXT) {
      errors.add("reason", "measure.error.note.tooLong");
    }
    if (!errors.any()) {
      try {
        recordNotUsed.record(municipality, new InputRef(inputType, id), text, staff);
        redirect.addFlashAttribute("notice", "measure.notice.notUsed");
        return "redirect:/personal/atgarder";
      } catch (MeasureRuleViolation v) {
        errors.add(v);
      }
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    return renderList(municipality, inputType, inputId, reason, errors.build(), model, staff, ui);
  }

  // ---- create ------------------------------------------------------------------------------

  @GetMapping("/ny")
  String createForm(
      MunicipalityId municipality,
      @RequestParam(name = "dialog", defaultValue = "") String dialogue,
      Model model,
      @ModelAttribute("ui") Ui ui) {
    manager();
    UUID dialogueId = FormText.uuid(dialogue);
    String prefilled =
        dialogueId != null && dialogues.find(municipality, new DialogueId(dialogueId)).isPresent()
            ? dialogueId.toString()
            : "";
    return renderCreate(
        municipality,
        MeasureForm.blank(UUID.randomUUID().toString(), prefilled),
        FormErrors.none(),
        model,
        ui);
  }

  private String renderCreate(
      MunicipalityId municipality, MeasureForm form, FormErrors errors, Model model, Ui ui) {
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("kinds", options(MeasureKind.values(), "measure.kind", form.kind(), ui));
    model.addAttribute(
        "horizons", options(Horizon.values(), "measure.horizon", form.horizon(), ui));
    model.addAttribute(
        "ownerKinds", options(OwnerKind.values(), "measure.ownerKind", form.ownerKind(), ui));
    model.addAttribute(
        "measureTypes",
        options(MeasureType.values(), "measure.measureType", form.measureType(), ui));
    model.addAttribute(
        "areaOptions",
        areas.all(municipality).stream()
            .map(
                a ->
                    new Option(
                        a.id().toString(), a.name(), a.id().toString().equals(form.areaId())))
            .toList());
    UUID dialogueId = FormText.uuid(form.dialogueId());
    model.addAttribute(
        "dialogueTitle",
        dialogueId == null
            ? ""
            : dialogues
                .find(municipality, new DialogueId(dialogueId))
                .map(d -> d.title())
                .orElse(""));
    return "measure/staff/create";
  }

  @PostMapping("/ny")
  String create(
      MunicipalityId municipality,
      @ModelAttribute("form") MeasureForm form,
      Model model,
      @ModelAttribute("ui") Ui ui,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    StaffPrincipal staff = manager();
    FormErrors.Builder errors = FormErrors.builder(messages, ui.locale());
    String title = FormText.clean(form.title());
    String description = FormText.clean(form.description());
    String owner = FormText.clean(form.owner());
    String contact = FormText.clean(form.contact());
    String effect = FormText.clean(form.expectedEffect());
    MeasureKind kind = parse(MeasureKind.class, form.kind());
    Horizon horizon = parse(Horizon.class, form.horizon());
    OwnerKind ownerKind = parse(OwnerKind.class, form.ownerKind());
    MeasureType type = parse(MeasureType.class, form.measureType());
    UUID area = FormText.uuid(form.areaId());
    LocalDate followUp = FormText.date(form.followUpOn());
    UUID dialogue = FormText.uuid(form.dialogueId());
    UUID token = FormText.uuid(form.creationToken());
    if (kind == null) {
      errors.add("kind", "measure.error.kind.required");
    }
    if (title.isEmpty()) {
      errors.add("title", "measure.error.title.required");
    } else if (title.length() > ProposeMeasure.MAX_TITLE) {
      errors.add("title", "measure.error.title.tooLong");
    }
    if (description.isEmpty()) {
      errors.add("description", "measure.error.description.required");
    } else if (description.length() > ProposeMeasure.MAX_TEXT) {
      errors.add("description", "measure.error.text.tooLong");
    }
    if (horizon == null) {
      errors.add("horizon", "measure.error.horizon.required");
    }
    if (owner.isEmpty()) {
      errors.add("owner", "measure.error.owner.required");
    } else if (owner.length() > 200) {
      errors.add("owner", "measure.error.text.tooLong");
    }
    if (ownerKind == null) {
      errors.add("ownerKind", "measure.error.ownerKind.required");
    }
    if (contact.length() > 200) {
      errors.add("contact", "measure.error.text.tooLong");
    }
    if (effect.length() > ProposeMeasure.MAX_TEXT) {
      errors.add("expectedEffect", "measure.error.text.tooLong");
    }
    if (!FormText.clean(form.measureType()).isEmpty() && type == null) {
      errors.add("measureType", "measure.error.measureType.invalid");
    }
    if (!FormText.clean(form.areaId()).isEmpty() && area == null) {
      errors.add("areaId", "measure.error.area.invalid");
    }
    if (!FormText.clean(form.followUpOn()).isEmpty() && followUp == null) {
      errors.add("followUpOn", "measure.error.date.invalid");
    }
    if (!errors.any()) {
      try {
        MeasureId id =
            proposeMeasure.propose(
                municipality,
                new ProposeMeasure.Input(
                    token == null ? UUID.randomUUID() : token,
                    kind,
                    title,
                    description,
                    horizon,
                    owner,
                    ownerKind,
                    contact,
                    effect,
                    type,
                    area,
                    followUp,
                    dialogue == null ? List.of() : List.of(InputRef.dialogue(dialogue))),
                staff);
        // The notice names what was saved: a proposal, a commitment or a measure.
        redirect.addFlashAttribute(
            "notice",
            switch (kind) {
              case PROPOSAL -> "measure.notice.created.PROPOSAL";
              case COMMITMENT -> "measure.notice.created.COMMITMENT";
              case MEASURE -> "measure.notice.created.MEASURE";
            });
        return "redirect:/personal/atgarder/" + id;
      } catch (MeasureRuleViolation v) {
        errors.add(v);
      }
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    return renderCreate(municipality, form, errors.build(), model, ui);
  }

  /** How many inputs a search offers to pick from. */
  static final int SEARCH_RESULTS = 20;

  // ---- show, status, progress, links -------------------------------------------------------

  @GetMapping("/{id}")
  String show(
      MunicipalityId municipality,
      @PathVariable UUID id,
      @RequestParam(name = "sok", required = false) @Nullable String query,
      @RequestParam(name = "typ", defaultValue = "") String type,
      Model model,
      @ModelAttribute("ui") Ui ui) {
    viewer();
    String view =
        renderShow(
            municipality, view(municipality, id), "", "", "", "", FormErrors.none(), model, ui);
    if (query != null) {
      search(municipality, FormText.clean(query), type, "", model, ui);
    }
    return view;
  }

  /** Inputs matching the search words, offered to pick on the measure's page. */
  private void search(
      MunicipalityId municipality, String query, String type, String chosen, Model model, Ui ui) {
    String known = linkInput.knownTypes().contains(type) ? type : "";
    String words = query.length() > 200 ? query.substring(0, 200) : query;
    model.addAttribute("query", words);
    model.addAttribute("searchType", known);
    model.addAttribute("searchTypes", searchTypes(known, ui));
    model.addAttribute("searched", true);
    model.addAttribute(
        "choices",
        linkInput.search(municipality, known, words, SEARCH_RESULTS).stream()
            .map(
                c ->
                    new Option(
                        c.value(),
                        ui.t("measure.inputType." + c.input().type()) + ": " + c.label(),
                        c.value().equals(chosen)))
            .toList());
  }

  private List<Option> searchTypes(String selected, Ui ui) {
    List<Option> options = new ArrayList<>();
    options.add(new Option("", ui.t("measure.field.searchType.all"), selected.isEmpty()));
    options.addAll(typeOptions(selected, ui));
    return options;
  }

  private String renderShow(
      MunicipalityId municipality,
      MeasureView view,
      String note,
      String progressNote,
      String inputType,
      String inputId,
      FormErrors errors,
      Model model,
      Ui ui) {
    StaffPrincipal staff = staff();
    model.addAttribute("item", view);
    model.addAttribute("mayManage", MeasurePolicy.mayManage(staff));
    model.addAttribute(
        "mayDecide",
        MeasurePolicy.mayRecordDecision(staff)
            && view.measure().status() == MeasureStatus.PROPOSED);
    List<Option> targets = new ArrayList<>();
    for (MeasureStatus s : MeasureStatus.values()) {
      if (MeasurePolicy.mayMove(view.measure().status(), s)) {
        targets.add(new Option(s.name(), ui.e("measure.status", s), false));
      }
    }
    model.addAttribute("targets", targets);
    model.addAttribute("note", note);
    model.addAttribute("progressNote", progressNote);
    model.addAttribute("inputTypes", typeOptions(inputType, ui));
    model.addAttribute("inputId", inputId);
    model.addAttribute("errors", errors);
    model.addAttribute("query", "");
    model.addAttribute("searchType", "");
    model.addAttribute("searchTypes", searchTypes("", ui));
    model.addAttribute("searched", false);
    model.addAttribute("choices", List.of());
    return "measure/staff/show";
  }

  @PostMapping("/{id}/status")
  String changeStatus(
      MunicipalityId municipality,
      @PathVariable UUID id,
      @RequestParam(name = "version", defaultValue = "-1") int version,
      @RequestParam(name = "target", defaultValue = "") String target,
      @RequestParam(name = "note", defaultValue = "") String note,
      Model model,
      @ModelAttribute("ui") Ui ui,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    StaffPrincipal staff = manager();
    MeasureView view = view(municipality, id);
    FormErrors.Builder errors = FormErrors.builder(messages, ui.locale());
    MeasureStatus status = parse(MeasureStatus.class, target);
    if (status == null) {
      errors.add("target", "measure.error.status.required");
    } else {
      try {
        changeStatus.change(
            municipality, view.measure().id(), version, status, FormText.clean(note), staff);
        redirect.addFlashAttribute("notice", "measure.notice.status");
        return "redirect:/personal/atgarder/" + id;
      } catch (MeasureRuleViolation v) {
        errors.add(v.field().isEmpty() ? "target" : v.field(), v.messageKey(), v.args());
        if ("measure.error.stale".equals(v.messageKey())) {
          response.setStatus(HttpServletResponse.SC_CONFLICT);
          return renderShow(
              municipality, view(municipality, id), note, "", "", "", errors.build(), model, ui);
        }
      }
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    return renderShow(municipality, view, note, "", "", "", errors.build(), model, ui);
  }

  @PostMapping("/{id}/framsteg")
  String reportProgress(
      MunicipalityId municipality,
      @PathVariable UUID id,
      @RequestParam(name = "progressNote", defaultValue = "") String note,
      Model model,
      @ModelAttribute("ui") Ui ui,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    StaffPrincipal staff = manager();
    MeasureView view = view(municipality, id);
    FormErrors.Builder errors = FormErrors.builder(messages, ui.locale());
    try {
      changeStatus.reportProgress(municipality, view.measure().id(), FormText.clean(note), staff);
      redirect.addFlashAttribute("notice", "measure.notice.progress");
      return "redirect:/personal/atgarder/" + id;
    } catch (MeasureRuleViolation v) {
      errors.add(v);
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    return renderShow(municipality, view, "", note, "", "", errors.build(), model, ui);
  }

  @PostMapping("/{id}/koppla")
  String link(
      MunicipalityId municipality,
      @PathVariable UUID id,
      @RequestParam(name = "inputType", defaultValue = "") String inputType,
      @RequestParam(name = "inputId", defaultValue = "") String inputId,
      @RequestParam(name = "choice", required = false) @Nullable String choice,
      @RequestParam(name = "sok", required = false) @Nullable String query,
      @RequestParam(name = "typ", defaultValue = "") String type,
      Model model,
      @ModelAttribute("ui") Ui ui,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    StaffPrincipal staff = manager();
    MeasureView view = view(municipality, id);
    FormErrors.Builder errors = FormErrors.builder(messages, ui.locale());
    InputRef ref = null;
    if (query != null || choice != null) {
      // Picked from the search results: the value is TYPE:id.
      String picked = choice == null ? "" : choice.strip();
      int colon = picked.indexOf(':');
      UUID input = colon > 0 ? FormText.uuid(picked.substring(colon + 1)) : null;
      if (input == null) {
        errors.add("choice", "measure.error.link.choose");
      } else {
        ref = new InputRef(picked.substring(0, colon), input);
      }
    } else {
      UUID input = FormText.uuid(inputId);
      if (inputType.isBlank()) {
        errors.add("inputType", "measure.error.link.unknownType");
      }
      if (inputId.isBlank()) {
        errors.add("inputId", "measure.error.link.idRequired");
      } else if (input == null) {
        errors.add("inputId", "measure.error.link.idInvalid");
      }
      if (input != null && !inputType.isBlank()) {
        ref = new InputRef(inputType.strip(), input);
      }
    }
    if (ref != null && !errors.any()) {
      try {
        boolean added = linkInput.link(municipality, view.measure().id(), ref, staff);
        redirect.addFlashAttribute(
            "notice", added ? "measure.notice.linked" : "measure.notice.alreadyLinked");
        return "redirect:/personal/atgarder/" + id;
      } catch (MeasureRuleViolation v) {
        errors.add(v);
      }
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    String page =
        renderShow(municipality, view, "", "", inputType, inputId, errors.build(), model, ui);
    if (query != null) {
      search(municipality, FormText.clean(query), type, choice == null ? "" : choice, model, ui);
    }
    return page;
  }

  // ---- decision ----------------------------------------------------------------------------

  @GetMapping("/{id}/beslut")
  String decisionForm(
      MunicipalityId municipality,
      @PathVariable UUID id,
      Model model,
      @ModelAttribute("ui") Ui ui) {
    decider();
    MeasureView view = view(municipality, id);
    return renderDecision(
        view, DecisionForm.blank(view.measure().version()), FormErrors.none(), model, ui);
  }

  private String renderDecision(
      MeasureView view, DecisionForm form, FormErrors errors, Model model, Ui ui) {
    model.addAttribute("item", view);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute(
        "outcomes", options(DecisionOutcome.values(), "measure.outcome", form.outcome(), ui));
    return "measure/staff/decision";
  }

  @PostMapping("/{id}/beslut")
  String decide(
      MunicipalityId municipality,
      @PathVariable UUID id,
      @ModelAttribute("form") DecisionForm form,
      Model model,
      @ModelAttribute("ui") Ui ui,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    StaffPrincipal staff = decider();
    MeasureView view = view(municipality, id);
    FormErrors.Builder errors = FormErrors.builder(messages, ui.locale());
    String body = FormText.clean(form.body());
    String paragraph = FormText.clean(form.paragraph());
    String registration = FormText.clean(form.registrationNumber());
    String reasons = FormText.clean(form.reasons());
    LocalDate date = FormText.date(form.decidedOn());
    DecisionOutcome outcome = parse(DecisionOutcome.class, form.outcome());
    if (body.isEmpty()) {
      errors.add("body", "measure.error.decision.body.required");
    } else if (body.length() > 200) {
      errors.add("body", "measure.error.text.tooLong");
    }
    if (FormText.clean(form.decidedOn()).isEmpty()) {
      errors.add("decidedOn", "measure.error.decision.date.required");
    } else if (date == null) {
      errors.add("decidedOn", "measure.error.date.invalid");
    }
    if (paragraph.length() > 50) {
      errors.add("paragraph", "measure.error.text.tooLong");
    }
    if (registration.length() > 50) {
      errors.add("registrationNumber", "measure.error.text.tooLong");
    }
    if (outcome == null) {
      errors.add("outcome", "measure.error.decision.outcome.required");
    }
    if (reasons.isEmpty()) {
      errors.add("reasons", "measure.error.decision.reasons.required");
    } else if (reasons.length() > ProposeMeasure.MAX_TEXT) {
      errors.add("reasons", "measure.error.text.tooLong");
    }
    if (!errors.any()) {
      try {
        recordDecision.record(
            municipality,
            view.measure().id(),
            new RecordDecision.Input(
                Forms.integer(form.version(), -1),
                body,
                date,
                paragraph,
                registration,
                outcome,
                reasons),
            staff);
        redirect.addFlashAttribute("notice", "measure.notice.decision");
        return "redirect:/personal/atgarder/" + id;
      } catch (MeasureRuleViolation v) {
        errors.add(v.field().isEmpty() ? "outcome" : v.field(), v.messageKey(), v.args());
        if ("measure.error.stale".equals(v.messageKey())) {
          response.setStatus(HttpServletResponse.SC_CONFLICT);
          return renderDecision(view(municipality, id), form, errors.build(), model, ui);
        }
      }
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    return renderDecision(view, form, errors.build(), model, ui);
  }
}
