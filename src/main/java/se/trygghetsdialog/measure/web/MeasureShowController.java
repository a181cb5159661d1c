package se.trygghetsdialog.measure.web;

import static se.trygghetsdialog.shared.web.VersionedFormSubmissions.orOn;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.UUID;
import java.util.function.Supplier;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.trygghetsdialog.measure.ChangeMeasureStatus;
import se.trygghetsdialog.measure.LinkInput;
import se.trygghetsdialog.measure.MeasureId;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.Ui;
import se.trygghetsdialog.shared.web.VersionedFormSubmissions;

/** Staff page of one measure: status, progress and linking inputs with search-and-pick. */
@Controller
@RequestMapping("/personal/atgarder")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class MeasureShowController {

  private final MeasurePages pages;
  private final LinkInput linkInput;
  private final ChangeMeasureStatus changeStatus;
  private final VersionedFormSubmissions forms;

  /** The page, with the inputs found when {@code sok} holds search words. */
  @GetMapping("/{id}")
  String show(
      MunicipalityId municipality,
      @PathVariable UUID id,
      @ModelAttribute("form") MeasureShowForm form,
      Model model,
      @ModelAttribute("ui") Ui ui) {
    var staff = Forms.viewer();
    return pages.show(municipality, id, form, FormErrors.none(), staff, model, ui);
  }

  @PostMapping("/{id}/status")
  String changeStatus(
      MunicipalityId municipality,
      @PathVariable UUID id,
      @Valid @ModelAttribute("changeStatus") ChangeMeasureStatus.Command command,
      BindingResult binding,
      @ModelAttribute("form") MeasureShowForm form,
      Model model,
      @ModelAttribute("ui") Ui ui,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    var staff = Forms.manager();
    return submit(
        municipality,
        id,
        binding,
        "target",
        () -> changeStatus.change(municipality, new MeasureId(id), command, staff),
        "measure.notice.status",
        form,
        model,
        ui,
        response,
        redirect);
  }

  @PostMapping("/{id}/framsteg")
  String reportProgress(
      MunicipalityId municipality,
      @PathVariable UUID id,
      @Valid @ModelAttribute("reportProgress") ChangeMeasureStatus.Progress command,
      BindingResult binding,
      @ModelAttribute("form") MeasureShowForm form,
      Model model,
      @ModelAttribute("ui") Ui ui,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    var staff = Forms.manager();
    return submit(
        municipality,
        id,
        binding,
        "progressNote",
        () -> {
          changeStatus.reportProgress(
              municipality, new MeasureId(id), command.progressNote(), staff);
          return true;
        },
        "measure.notice.progress",
        form,
        model,
        ui,
        response,
        redirect);
  }

  @PostMapping("/{id}/koppla")
  String link(
      MunicipalityId municipality,
      @PathVariable UUID id,
      @Valid @ModelAttribute("linkInput") LinkInput.Command command,
      BindingResult binding,
      @ModelAttribute("form") MeasureShowForm form,
      Model model,
      @ModelAttribute("ui") Ui ui,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    var staff = Forms.manager();
    return submit(
        municipality,
        id,
        binding,
        "inputId",
        () -> linkInput.link(municipality, new MeasureId(id), command, staff),
        "measure.notice.linked",
        form,
        model,
        ui,
        response,
        redirect);
  }

  /**
   * The one way the forms of the page are sent: the action, then back to the page with the notice
   * (a link that existed already says so), or the page again with the errors and what was typed.
   */
  private String submit(
      MunicipalityId municipality,
      UUID id,
      BindingResult binding,
      String field,
      Supplier<Object> action,
      String notice,
      MeasureShowForm form,
      Model model,
      Ui ui,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    var staff = Forms.staff();
    pages.view(municipality, id);
    return forms.submit(
        binding,
        orOn(field),
        () -> {
          Object done = action.get();
          redirect.addFlashAttribute(
              "notice", Boolean.FALSE.equals(done) ? "measure.notice.alreadyLinked" : notice);
          return "redirect:/personal/atgarder/" + id;
        },
        errors -> pages.show(municipality, id, form, errors, staff, model, ui));
  }
}
