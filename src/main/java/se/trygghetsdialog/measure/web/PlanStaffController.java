package se.trygghetsdialog.measure.web;

import static se.trygghetsdialog.measure.web.Forms.manager;
import static se.trygghetsdialog.measure.web.Forms.options;
import static se.trygghetsdialog.measure.web.Forms.parse;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.trygghetsdialog.dialogue.Dialogues;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.measure.ActionPlans;
import se.trygghetsdialog.measure.AdoptActionPlan;
import se.trygghetsdialog.measure.InputRef;
import se.trygghetsdialog.measure.MeasureId;
import se.trygghetsdialog.measure.MeasureRuleViolation;
import se.trygghetsdialog.measure.Measures;
import se.trygghetsdialog.measure.PromiseParty;
import se.trygghetsdialog.measure.PromiseStatus;
import se.trygghetsdialog.measure.RecordPromise;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.FormText;
import se.trygghetsdialog.shared.web.Option;
import se.trygghetsdialog.shared.web.Ui;

/** Staff pages: adopt a new version of the åtgärdsplan, and record a medborgarlöfte. */
@Controller
@RequestMapping("/personal/atgarder")
class PlanStaffController {

  private final Measures measures;
  private final ActionPlans plans;
  private final AdoptActionPlan adoptPlan;
  private final RecordPromise recordPromise;
  private final se.trygghetsdialog.measure.ChangePromiseStatus changePromiseStatus;
  private final se.trygghetsdialog.measure.Promises promises;
  private final Dialogues dialogues;
  private final MessageSource messages;

  PlanStaffController(
      Measures measures,
      ActionPlans plans,
      AdoptActionPlan adoptPlan,
      RecordPromise recordPromise,
      se.trygghetsdialog.measure.ChangePromiseStatus changePromiseStatus,
      se.trygghetsdialog.measure.Promises promises,
      Dialogues dialogues,
      MessageSource messages) {
    this.measures = measures;
    this.plans = plans;
    this.adoptPlan = adoptPlan;
    this.recordPromise = recordPromise;
    this.changePromiseStatus = changePromiseStatus;
    this.promises = promises;
    this.dialogues = dialogues;
    this.messages = messages;
  }

  private List<Option> measureOptions(MunicipalityId municipality, List<String> selected) {
    return measures.all(municipality).stream()
        .map(
            m ->
                new Option(
                    m.id().toString(), m.title(), selected.contains(m.id().toString()), m.owner()))
        .toList();
  }

  @GetMapping("/atgardsplan")
  String planForm(MunicipalityId municipality, Model model, @ModelAttribute("ui") Ui ui) {
    manager();
    var current = plans.current(municipality);
    PlanForm form =
        new PlanForm(
            String.valueOf(plans.nextVersionNumber(municipality)),
            current.map(p -> p.title()).orElse(""),
            current.map(p -> p.introduction()).orElse(""),
            "",
            "",
            "",
            "",
            current
                .map(p -> p.items().stream().map(i -> i.measureId().toString()).toList())
                .orElse(List.of()));
    return renderPlan(municipality, form, FormErrors.none(), model);
  }

  private String renderPlan(
      MunicipalityId municipality, PlanForm form, FormErrors errors, Model model) {
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("measureOptions", measureOptions(municipality, form.measures()));
    return "measure/staff/plan";
  }

  @PostMapping("/atgardsplan")
  String adopt(
      MunicipalityId municipality,
      @RequestParam(name = "expectedVersion", defaultValue = "") String expectedVersion,
      @RequestParam(name = "title", defaultValue = "") String title,
      @RequestParam(name = "introduction", defaultValue = "") String introduction,
      @RequestParam(name = "body", defaultValue = "") String body,
      @RequestParam(name = "decidedOn", defaultValue = "") String decidedOn,
      @RequestParam(name = "paragraph", defaultValue = "") String paragraph,
      @RequestParam(name = "registrationNumber", defaultValue = "") String registration,
      @RequestParam(name = "measures", required = false) List<String> chosen,
      Model model,
      @ModelAttribute("ui") Ui ui,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    StaffPrincipal staff = manager();
    List<String> selected = chosen == null ? List.of() : chosen;
    PlanForm form =
        new PlanForm(
            expectedVersion,
            title,
            introduction,
            body,
            decidedOn,
            paragraph,
            registration,
            selected);
    FormErrors.Builder errors = FormErrors.builder(messages, ui.locale());
    LocalDate date = FormText.date(decidedOn);
    if (FormText.clean(title).isEmpty()) {
      errors.add("title", "measure.error.plan.title.required");
    } else if (title.length() > 200) {
      errors.add("title", "measure.error.text.tooLong");
    }
    if (introduction.length() > ProposeMeasureLimits.MAX_TEXT) {
      errors.add("introduction", "measure.error.text.tooLong");
    }
    if (FormText.clean(body).isEmpty()) {
      errors.add("body", "measure.error.decision.body.required");
    }
    if (FormText.clean(decidedOn).isEmpty()) {
      errors.add("decidedOn", "measure.error.decision.date.required");
    } else if (date == null) {
      errors.add("decidedOn", "measure.error.date.invalid");
    }
    List<MeasureId> ids = new ArrayList<>();
    for (String value : selected) {
      UUID id = FormText.uuid(value);
      if (id != null) {
        ids.add(new MeasureId(id));
      }
    }
    if (ids.isEmpty()) {
      errors.add("measures", "measure.error.plan.empty");
    }
    if (!errors.any()) {
      try {
        int number =
            adoptPlan.adopt(
                municipality,
                new AdoptActionPlan.Input(
                    Forms.integer(expectedVersion, -1),
                    FormText.clean(title),
                    FormText.clean(introduction),
                    FormText.clean(body),
                    date,
                    FormText.clean(paragraph),
                    FormText.clean(registration),
                    ids),
                staff);
        redirect.addFlashAttribute("notice", "measure.notice.planAdopted");
        return "redirect:/atgardsplan/version/" + number;
      } catch (MeasureRuleViolation v) {
        errors.add(v.field().isEmpty() ? "measures" : v.field(), v.messageKey(), v.args());
        if ("measure.error.stale".equals(v.messageKey())) {
          response.setStatus(HttpServletResponse.SC_CONFLICT);
          return renderPlan(municipality, form, errors.build(), model);
        }
      }
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    return renderPlan(municipality, form, errors.build(), model);
  }

  // ---- medborgarlöften ----------------------------------------------------------------------

  @GetMapping("/medborgarloften")
  String promiseList(MunicipalityId municipality, Model model, @ModelAttribute("ui") Ui ui) {
    Forms.viewer();
    return renderPromiseList(municipality, "", FormErrors.none(), model, ui);
  }

  private String renderPromiseList(
      MunicipalityId municipality, String failed, FormErrors errors, Model model, Ui ui) {
    var all = promises.all(municipality);
    model.addAttribute("promises", all);
    model.addAttribute(
        "statusOptions",
        all.stream()
            .collect(
                java.util.stream.Collectors.toMap(
                    p -> p.id().toString(),
                    p ->
                        options(
                            PromiseStatus.values(),
                            "measure.promiseStatus",
                            p.status().name(),
                            ui))));
    model.addAttribute(
        "mayManage", se.trygghetsdialog.measure.MeasurePolicy.mayManage(Forms.staff()));
    model.addAttribute("failed", failed);
    model.addAttribute("errors", errors);
    return "measure/staff/promises";
  }

  @PostMapping("/medborgarloften/{id}/status")
  String changePromiseStatus(
      MunicipalityId municipality,
      @org.springframework.web.bind.annotation.PathVariable UUID id,
      @RequestParam(name = "version", defaultValue = "-1") int version,
      @RequestParam java.util.Map<String, String> parameters,
      Model model,
      @ModelAttribute("ui") Ui ui,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    StaffPrincipal staff = manager();
    // Each promise's form names its field after the promise, so ids stay unique on the page.
    PromiseStatus target = parse(PromiseStatus.class, parameters.get("status-" + id));
    FormErrors.Builder errors = FormErrors.builder(messages, ui.locale());
    if (target == null) {
      errors.add("status-" + id, "measure.error.promise.status.required");
    } else {
      try {
        changePromiseStatus.change(municipality, id, version, target, staff);
        redirect.addFlashAttribute("notice", "measure.notice.promiseStatus");
        return "redirect:/personal/atgarder/medborgarloften";
      } catch (MeasureRuleViolation v) {
        errors.add("status-" + id, v.messageKey(), v.args());
        response.setStatus(HttpServletResponse.SC_CONFLICT);
        return renderPromiseList(municipality, id.toString(), errors.build(), model, ui);
      }
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    return renderPromiseList(municipality, id.toString(), errors.build(), model, ui);
  }

  @GetMapping("/medborgarloften/ny")
  String promiseForm(MunicipalityId municipality, Model model, @ModelAttribute("ui") Ui ui) {
    manager();
    return renderPromise(
        municipality,
        new PromiseForm(
            UUID.randomUUID().toString(), "", "", "", "", "", "ACTIVE", "", List.of(), List.of()),
        FormErrors.none(),
        model,
        ui);
  }

  private String renderPromise(
      MunicipalityId municipality, PromiseForm form, FormErrors errors, Model model, Ui ui) {
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute(
        "parties", options(PromiseParty.values(), "measure.party", form.party(), ui));
    model.addAttribute(
        "statuses", options(PromiseStatus.values(), "measure.promiseStatus", form.status(), ui));
    model.addAttribute("measureOptions", measureOptions(municipality, form.activities()));
    model.addAttribute(
        "dialogueOptions",
        dialogues.list(municipality, null, null, 1, 100).items().stream()
            .map(
                d ->
                    new Option(
                        d.id().toString(),
                        d.title(),
                        form.evidenceDialogues().contains(d.id().toString())))
            .toList());
    return "measure/staff/promise";
  }

  @PostMapping("/medborgarloften/ny")
  String recordPromise(
      MunicipalityId municipality,
      @RequestParam(name = "creationToken", defaultValue = "") String token,
      @RequestParam(name = "party", defaultValue = "") String party,
      @RequestParam(name = "focusArea", defaultValue = "") String focusArea,
      @RequestParam(name = "periodStart", defaultValue = "") String periodStart,
      @RequestParam(name = "periodEnd", defaultValue = "") String periodEnd,
      @RequestParam(name = "promiseText", defaultValue = "") String promiseText,
      @RequestParam(name = "status", defaultValue = "") String status,
      @RequestParam(name = "evidence", defaultValue = "") String evidence,
      @RequestParam(name = "activities", required = false) List<String> activities,
      @RequestParam(name = "evidenceDialogues", required = false) List<String> evidenceDialogues,
      Model model,
      @ModelAttribute("ui") Ui ui,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    StaffPrincipal staff = manager();
    PromiseForm form =
        new PromiseForm(
            token,
            party,
            focusArea,
            periodStart,
            periodEnd,
            promiseText,
            status,
            evidence,
            activities == null ? List.of() : activities,
            evidenceDialogues == null ? List.of() : evidenceDialogues);
    FormErrors.Builder errors = FormErrors.builder(messages, ui.locale());
    PromiseParty promiseParty = parse(PromiseParty.class, party);
    PromiseStatus promiseStatus = parse(PromiseStatus.class, status);
    LocalDate start = FormText.date(periodStart);
    LocalDate end = FormText.date(periodEnd);
    if (promiseParty == null) {
      errors.add("party", "measure.error.promise.party.required");
    }
    if (FormText.clean(focusArea).isEmpty()) {
      errors.add("focusArea", "measure.error.promise.focusArea.required");
    } else if (focusArea.length() > 200) {
      errors.add("focusArea", "measure.error.text.tooLong");
    }
    if (start == null) {
      errors.add("periodStart", "measure.error.promise.period.required");
    }
    if (end == null) {
      errors.add("periodEnd", "measure.error.promise.period.required");
    } else if (start != null && end.isBefore(start)) {
      errors.add("periodEnd", "measure.error.promise.period.order");
    }
    if (FormText.clean(promiseText).isEmpty()) {
      errors.add("promiseText", "measure.error.promise.text.required");
    } else if (promiseText.length() > ProposeMeasureLimits.MAX_TEXT) {
      errors.add("promiseText", "measure.error.text.tooLong");
    }
    if (evidence.length() > ProposeMeasureLimits.MAX_TEXT) {
      errors.add("evidence", "measure.error.text.tooLong");
    }
    if (!errors.any()) {
      try {
        recordPromise.record(
            municipality,
            new RecordPromise.Input(
                FormText.uuid(token) == null ? UUID.randomUUID() : FormText.uuid(token),
                promiseParty,
                FormText.clean(focusArea),
                start,
                end,
                FormText.clean(promiseText),
                promiseStatus,
                FormText.clean(evidence),
                form.activities().stream()
                    .map(FormText::uuid)
                    .filter(java.util.Objects::nonNull)
                    .map(MeasureId::new)
                    .toList(),
                form.evidenceDialogues().stream()
                    .map(FormText::uuid)
                    .filter(java.util.Objects::nonNull)
                    .map(InputRef::dialogue)
                    .toList()),
            staff);
        redirect.addFlashAttribute("notice", "measure.notice.promise");
        return "redirect:/medborgarloften";
      } catch (MeasureRuleViolation v) {
        errors.add(v);
      }
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    return renderPromise(municipality, form, errors.build(), model, ui);
  }

  /** Limits shared with the actions. */
  static final class ProposeMeasureLimits {
    static final int MAX_TEXT = se.trygghetsdialog.measure.ProposeMeasure.MAX_TEXT;

    private ProposeMeasureLimits() {}
  }
}
