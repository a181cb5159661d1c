package se.trygghetsdialog.measure.web;

import static se.trygghetsdialog.measure.web.Forms.manager;
import static se.trygghetsdialog.measure.web.Forms.options;
import static se.trygghetsdialog.measure.web.Forms.parse;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
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
import se.trygghetsdialog.measure.InputRef;
import se.trygghetsdialog.measure.MeasureId;
import se.trygghetsdialog.measure.MeasureRuleViolation;
import se.trygghetsdialog.measure.PromiseParty;
import se.trygghetsdialog.measure.PromiseStatus;
import se.trygghetsdialog.measure.RecordPromise;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.FormText;
import se.trygghetsdialog.shared.web.Option;
import se.trygghetsdialog.shared.web.Ui;

/** Staff page recording a new medborgarlöfte. */
@Controller
@RequestMapping("/personal/atgarder")
class PromiseFormController {

  private final PromisePages pages;
  private final RecordPromise recordPromise;
  private final Dialogues dialogues;
  private final MessageSource messages;

  PromiseFormController(
      PromisePages pages,
      RecordPromise recordPromise,
      Dialogues dialogues,
      MessageSource messages) {
    this.pages = pages;
    this.recordPromise = recordPromise;
    this.dialogues = dialogues;
    this.messages = messages;
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
    model.addAttribute("measureOptions", pages.measureOptions(municipality, form.activities()));
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
    } else if (promiseText.length() > PromisePages.MAX_TEXT) {
      errors.add("promiseText", "measure.error.text.tooLong");
    }
    if (evidence.length() > PromisePages.MAX_TEXT) {
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
}
