package se.trygghetsdialog.measure.web;

import static se.trygghetsdialog.measure.web.Forms.manager;
import static se.trygghetsdialog.measure.web.Forms.viewer;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
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
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.measure.AnswerResponseTask;
import se.trygghetsdialog.measure.AssignResponseTask;
import se.trygghetsdialog.measure.MeasureId;
import se.trygghetsdialog.measure.MeasurePolicy;
import se.trygghetsdialog.measure.MeasureRuleViolation;
import se.trygghetsdialog.measure.Measures;
import se.trygghetsdialog.measure.ResponseTasks;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.FormText;
import se.trygghetsdialog.shared.web.Option;
import se.trygghetsdialog.shared.web.Ui;

/** The response-task dashboard: assign tasks to nämnder, record responses, see what is overdue. */
@Controller
@RequestMapping("/personal/svarsuppgifter")
class ResponseTaskController {

  private final ResponseTasks tasks;
  private final AssignResponseTask assign;
  private final AnswerResponseTask answer;
  private final Measures measures;
  private final MessageSource messages;

  ResponseTaskController(
      ResponseTasks tasks,
      AssignResponseTask assign,
      AnswerResponseTask answer,
      Measures measures,
      MessageSource messages) {
    this.tasks = tasks;
    this.assign = assign;
    this.answer = answer;
    this.measures = measures;
    this.messages = messages;
  }

  @GetMapping
  String dashboard(MunicipalityId municipality, Model model, @ModelAttribute("ui") Ui ui) {
    viewer();
    return render(
        municipality,
        new TaskForm(UUID.randomUUID().toString(), "", "", "", ""),
        "",
        "",
        FormErrors.none(),
        model);
  }

  private String render(
      MunicipalityId municipality,
      TaskForm form,
      String answerTask,
      String answerText,
      FormErrors errors,
      Model model) {
    StaffPrincipal staff = viewer();
    model.addAttribute("tasks", tasks.all(municipality));
    model.addAttribute("today", LocalDate.now(ZoneId.of("Europe/Stockholm")));
    model.addAttribute("mayManage", MeasurePolicy.mayManage(staff));
    model.addAttribute("form", form);
    model.addAttribute("answerTask", answerTask);
    model.addAttribute("answerText", answerText);
    model.addAttribute("errors", errors);
    model.addAttribute(
        "measureOptions",
        measures.all(municipality).stream()
            .map(
                m ->
                    new Option(
                        m.id().toString(), m.title(), m.id().toString().equals(form.measureId())))
            .toList());
    return "measure/staff/tasks";
  }

  @PostMapping
  String assign(
      MunicipalityId municipality,
      @RequestParam(name = "creationToken", defaultValue = "") String token,
      @RequestParam(name = "recipient", defaultValue = "") String recipient,
      @RequestParam(name = "subject", defaultValue = "") String subject,
      @RequestParam(name = "dueOn", defaultValue = "") String dueOn,
      @RequestParam(name = "measureId", defaultValue = "") String measureId,
      Model model,
      @ModelAttribute("ui") Ui ui,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    StaffPrincipal staff = manager();
    TaskForm form = new TaskForm(token, recipient, subject, dueOn, measureId);
    FormErrors.Builder errors = FormErrors.builder(messages, ui.locale());
    LocalDate due = FormText.date(dueOn);
    UUID measure = FormText.uuid(measureId);
    if (FormText.clean(recipient).isEmpty()) {
      errors.add("recipient", "measure.error.task.recipient.required");
    } else if (recipient.length() > 200) {
      errors.add("recipient", "measure.error.text.tooLong");
    }
    if (FormText.clean(subject).isEmpty()) {
      errors.add("subject", "measure.error.task.subject.required");
    } else if (subject.length() > 4000) {
      errors.add("subject", "measure.error.text.tooLong");
    }
    if (FormText.clean(dueOn).isEmpty()) {
      errors.add("dueOn", "measure.error.task.dueOn.required");
    } else if (due == null) {
      errors.add("dueOn", "measure.error.date.invalid");
    }
    if (!FormText.clean(measureId).isEmpty() && measure == null) {
      errors.add("measureId", "measure.error.task.measure.invalid");
    }
    if (!errors.any()) {
      try {
        assign.assign(
            municipality,
            new AssignResponseTask.Input(
                FormText.uuid(token) == null ? UUID.randomUUID() : FormText.uuid(token),
                measure == null ? null : new MeasureId(measure),
                FormText.clean(recipient),
                FormText.clean(subject),
                due),
            staff);
        redirect.addFlashAttribute("notice", "measure.notice.taskAssigned");
        return "redirect:/personal/svarsuppgifter";
      } catch (MeasureRuleViolation v) {
        errors.add(v);
      }
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    return render(municipality, form, "", "", errors.build(), model);
  }

  @PostMapping("/{id}/svar")
  String answer(
      MunicipalityId municipality,
      @PathVariable UUID id,
      @RequestParam(name = "version", defaultValue = "-1") int version,
      @RequestParam(name = "response", defaultValue = "") String text,
      Model model,
      @ModelAttribute("ui") Ui ui,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    StaffPrincipal staff = manager();
    FormErrors.Builder errors = FormErrors.builder(messages, ui.locale());
    try {
      answer.answer(municipality, id, version, FormText.clean(text), staff);
      redirect.addFlashAttribute("notice", "measure.notice.taskAnswered");
      return "redirect:/personal/svarsuppgifter";
    } catch (MeasureRuleViolation v) {
      errors.add("response-" + id, v.messageKey(), v.args());
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    return render(
        municipality,
        new TaskForm(UUID.randomUUID().toString(), "", "", "", ""),
        id.toString(),
        text,
        errors.build(),
        model);
  }
}
