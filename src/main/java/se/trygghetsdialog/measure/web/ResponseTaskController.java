package se.trygghetsdialog.measure.web;

import static se.trygghetsdialog.shared.web.VersionedFormSubmissions.allOn;

import jakarta.validation.Valid;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import se.trygghetsdialog.measure.AnswerResponseTask;
import se.trygghetsdialog.measure.AssignResponseTask;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.FormSubmissions;
import se.trygghetsdialog.shared.web.VersionedFormSubmissions;
import se.trygghetsdialog.shared.web.WebPage;

/** The response-task dashboard: assign tasks to nämnder, record responses, see what is overdue. */
@Controller
@RequestMapping("/personal/svarsuppgifter")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ResponseTaskController {

  private final MeasurePages pages;
  private final AssignResponseTask assign;
  private final AnswerResponseTask answer;
  private final FormSubmissions forms;
  private final VersionedFormSubmissions versioned;

  @GetMapping
  String dashboard(MunicipalityId municipality, WebPage page) {
    var staff = Forms.viewer();
    return pages.tasks(municipality, TaskForm.blank(), "", "", FormErrors.none(), staff, page);
  }

  @PostMapping
  String assign(
      MunicipalityId municipality,
      @Valid @ModelAttribute("assignResponseTask") AssignResponseTask.Command command,
      BindingResult binding,
      @ModelAttribute("form") TaskForm form,
      WebPage page) {
    var staff = Forms.manager();
    return forms.submit(
        binding,
        () -> {
          assign.assign(municipality, command, staff);
          return page.redirect("measure.notice.taskAssigned", "/personal/svarsuppgifter");
        },
        errors -> pages.tasks(municipality, form, "", "", errors, staff, page));
  }

  @PostMapping("/{id}/svar")
  String answer(
      MunicipalityId municipality,
      @PathVariable UUID id,
      @Valid @ModelAttribute("answerResponseTask") AnswerResponseTask.Command command,
      BindingResult binding,
      WebPage page) {
    var staff = Forms.manager();
    return versioned.submit(
        binding,
        allOn("response-" + id),
        () -> {
          answer.answer(municipality, id, command, staff);
          return page.redirect("measure.notice.taskAnswered", "/personal/svarsuppgifter");
        },
        errors ->
            pages.tasks(
                municipality,
                TaskForm.blank(),
                id.toString(),
                command == null ? "" : command.response(),
                errors,
                staff,
                page));
  }
}
