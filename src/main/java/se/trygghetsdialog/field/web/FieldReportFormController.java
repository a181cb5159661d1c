package se.trygghetsdialog.field.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.trygghetsdialog.field.FieldReportDraft;
import se.trygghetsdialog.field.FieldReportValidation;
import se.trygghetsdialog.field.FileFieldReport;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.FormSubmissions;
import se.trygghetsdialog.shared.web.Ui;

/**
 * Field reports from a phone: the form, with several events; map, gazetteer list or coordinates.
 * Without JavaScript the form's other buttons (another event, remove one, search a place) post to
 * the same address and show the form again; the phone's script files with the same post.
 */
@Controller
class FieldReportFormController {

  private static final String FORM = "/personal/faltrapporter/ny";

  private final FieldReportPages pages;
  private final FileFieldReport fileFieldReport;
  private final FormSubmissions forms;

  FieldReportFormController(
      FieldReportPages pages, FileFieldReport fileFieldReport, FormSubmissions forms) {
    this.pages = pages;
    this.fileFieldReport = fileFieldReport;
    this.forms = forms;
  }

  @GetMapping(FORM)
  String form(
      MunicipalityId municipality,
      HttpServletResponse response,
      Model model,
      @ModelAttribute("ui") Ui ui) {
    StaffPrincipal staff = FieldReportPages.filer(municipality);
    response.setHeader("Cache-Control", "no-store");
    FieldReportDraft draft =
        FieldReportDraft.blank(UUID.randomUUID().toString(), FieldReportPages.today());
    return pages.render(municipality, staff, draft, FormErrors.none(), false, true, model, ui);
  }

  /** Another event, removing one, or a place search: the form again, nothing filed. */
  @PostMapping(
      path = FORM,
      params = {"action", "action!=file"})
  String edit(
      MunicipalityId municipality,
      @RequestParam("action") String action,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model,
      @ModelAttribute("ui") Ui ui) {
    StaffPrincipal staff = FieldReportPages.filer(municipality);
    response.setHeader("Cache-Control", "no-store");
    FieldReportDraft typed = FieldReportForm.read(request.getParameterMap());
    FieldReportDraft draft = FieldReportForm.keyed(typed);
    if (draft.events().isEmpty()) {
      draft = draft.withAnotherEvent(FieldReportPages.today());
    }
    if (!draft.submissionKey().equals(typed.submissionKey())) {
      // A form without a key (tampered or very old): give it one, change nothing else yet.
      action = "show";
    }
    if ("add".equals(action)) {
      draft = draft.withAnotherEvent(FieldReportPages.today());
    } else if (action.startsWith("remove-") && draft.events().size() > 1) {
      int index = FieldReportForm.index(action);
      if (index >= 0 && index < draft.events().size()) {
        List<FieldReportDraft.Event> left = new ArrayList<>(draft.events());
        left.remove(index);
        draft = draft.withEvents(left);
      }
    }
    return pages.render(municipality, staff, draft, FormErrors.none(), false, false, model, ui);
  }

  @PostMapping(FORM)
  String submit(
      MunicipalityId municipality,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model,
      @ModelAttribute("ui") Ui ui) {
    StaffPrincipal staff = FieldReportPages.filer(municipality);
    response.setHeader("Cache-Control", "no-store");
    FieldReportDraft draft = pages.draft(municipality, request.getParameterMap());
    FieldReportDraft keyed = FieldReportForm.keyed(draft);
    if (!keyed.submissionKey().equals(draft.submissionKey())) {
      // A form without a key (tampered or very old): give it one, file nothing yet.
      return pages.render(municipality, staff, keyed, FormErrors.none(), false, false, model, ui);
    }
    FieldReportValidation.Result result = pages.check(municipality, draft);
    return forms.submit(
        FieldReportPages.errors(result, ui),
        response,
        ui.locale(),
        () ->
            FieldReportPages.receipt(
                fileFieldReport.file(municipality, staff.accountId(), result.input())),
        errors ->
            pages.render(
                municipality, staff, draft, errors, result.screeningFailed(), false, model, ui));
  }
}
