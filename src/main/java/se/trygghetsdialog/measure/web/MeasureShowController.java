package se.trygghetsdialog.measure.web;

import static se.trygghetsdialog.shared.web.VersionedFormSubmissions.orOn;

import jakarta.validation.Valid;
import java.util.UUID;
import java.util.function.Function;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.measure.ChangeMeasureStatus;
import se.trygghetsdialog.measure.LinkInput;
import se.trygghetsdialog.measure.MeasureId;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.VersionedFormSubmissions;
import se.trygghetsdialog.shared.web.WebPage;

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
      WebPage page) {
    var staff = Forms.viewer();
    return pages.show(municipality, id, form, FormErrors.none(), staff, page);
  }

  @PostMapping("/{id}/status")
  String changeStatus(
      MunicipalityId municipality,
      @PathVariable UUID id,
      @Valid @ModelAttribute("changeStatus") ChangeMeasureStatus.Command command,
      BindingResult binding,
      @ModelAttribute("form") MeasureShowForm form,
      WebPage page) {
    return submit(
        new Sent(municipality, id, form, page, binding, "target"),
        staff -> changeStatus.change(municipality, new MeasureId(id), command, staff),
        "measure.notice.status");
  }

  @PostMapping("/{id}/framsteg")
  String reportProgress(
      MunicipalityId municipality,
      @PathVariable UUID id,
      @Valid @ModelAttribute("reportProgress") ChangeMeasureStatus.Progress command,
      BindingResult binding,
      @ModelAttribute("form") MeasureShowForm form,
      WebPage page) {
    return submit(
        new Sent(municipality, id, form, page, binding, "progressNote"),
        staff -> {
          changeStatus.reportProgress(
              municipality, new MeasureId(id), command.progressNote(), staff);
          return true;
        },
        "measure.notice.progress");
  }

  @PostMapping("/{id}/koppla")
  String link(
      MunicipalityId municipality,
      @PathVariable UUID id,
      @Valid @ModelAttribute("linkInput") LinkInput.Command command,
      BindingResult binding,
      @ModelAttribute("form") MeasureShowForm form,
      WebPage page) {
    return submit(
        new Sent(municipality, id, form, page, binding, "inputId"),
        staff -> linkInput.link(municipality, new MeasureId(id), command, staff),
        "measure.notice.linked");
  }

  /**
   * A form sent from the page: the measure, the forms as typed, the answer, the binding and the
   * field a refusal of the whole form is shown at.
   */
  private record Sent(
      MunicipalityId municipality,
      UUID id,
      MeasureShowForm form,
      WebPage page,
      BindingResult binding,
      String field) {}

  /**
   * The one way the forms of the page are sent, by a manager: the action, then back to the page
   * with the notice (a link that existed already says so), or the page again with the errors and
   * what was typed.
   */
  private String submit(Sent sent, Function<StaffPrincipal, Object> action, String notice) {
    var staff = Forms.manager();
    pages.view(sent.municipality(), sent.id());
    return forms.submit(
        sent.binding(),
        orOn(sent.field()),
        () -> {
          Object done = action.apply(staff);
          return sent.page()
              .redirect(
                  Boolean.FALSE.equals(done) ? "measure.notice.alreadyLinked" : notice,
                  "/personal/atgarder/" + sent.id());
        },
        errors ->
            pages.show(sent.municipality(), sent.id(), sent.form(), errors, staff, sent.page()));
  }
}
