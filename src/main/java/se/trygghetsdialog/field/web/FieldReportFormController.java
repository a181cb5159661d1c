package se.trygghetsdialog.field.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.trygghetsdialog.field.FieldReportCommand;
import se.trygghetsdialog.field.FieldReportDraft;
import se.trygghetsdialog.field.FileFieldReport;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.FormSubmissions;
import se.trygghetsdialog.shared.web.WebPage;

/**
 * Field reports from a phone: the form, with several events; map, gazetteer list or coordinates.
 * Without JavaScript the form's other buttons (another event, remove one, search a place) post to
 * the same address and show the form again; the phone's script files with the same post.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class FieldReportFormController {

  private static final String FORM = FieldReportForm.PATH;

  private final FieldReportPages pages;
  private final FileFieldReport fileFieldReport;
  private final FormSubmissions forms;

  @GetMapping(FORM)
  String form(MunicipalityId municipality, HttpServletResponse response, WebPage page) {
    StaffPrincipal staff = FieldReportPages.filing(municipality, response);
    FieldReportDraft draft =
        FieldReportDraft.blank(UUID.randomUUID().toString(), FieldReportPages.today());
    return pages.render(municipality, staff, draft, FormErrors.none(), false, true, page);
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
      WebPage page) {
    StaffPrincipal staff = FieldReportPages.filing(municipality, response);
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
    return pages.render(municipality, staff, draft, FormErrors.none(), false, false, page);
  }

  @PostMapping(FORM)
  String submit(
      MunicipalityId municipality,
      @Valid FieldReportCommand command,
      BindingResult binding,
      HttpServletRequest request,
      HttpServletResponse response,
      WebPage page) {
    StaffPrincipal staff = FieldReportPages.filing(municipality, response);
    FieldReportDraft draft = pages.draft(municipality, request.getParameterMap());
    if (binding.hasFieldErrors("submissionKey")) {
      // A form without a key (tampered or very old): give it one, file nothing yet.
      return pages.render(
          municipality, staff, FieldReportForm.keyed(draft), FormErrors.none(), false, false, page);
    }
    if (command != null) {
      // The rules that need the database, with the others, so that everything shows at once.
      fileFieldReport
          .problems(municipality, command)
          .forEach(v -> binding.rejectValue(v.field(), v.messageKey()));
    }
    return forms.submit(
        binding,
        () ->
            FieldReportPages.receipt(
                fileFieldReport.file(municipality, staff.accountId(), command)),
        errors ->
            pages.render(
                municipality,
                staff,
                draft,
                FieldReportPages.errors(errors, command, page.ui()),
                command != null && command.screeningFailed(),
                false,
                page));
  }
}
