package se.trygghetsdialog.measure.web;

import static se.trygghetsdialog.measure.web.Forms.manager;
import static se.trygghetsdialog.measure.web.Forms.staff;
import static se.trygghetsdialog.measure.web.Forms.viewer;

import jakarta.servlet.http.HttpServletResponse;
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
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.measure.InputRef;
import se.trygghetsdialog.measure.MeasurePolicy;
import se.trygghetsdialog.measure.MeasureRuleViolation;
import se.trygghetsdialog.measure.Measures;
import se.trygghetsdialog.measure.ProposeMeasure;
import se.trygghetsdialog.measure.RecordInputNotUsed;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.FormText;
import se.trygghetsdialog.shared.web.Ui;

/** Staff page listing the register, with the form recording an input as not used. */
@Controller
@RequestMapping("/personal/atgarder")
class MeasureListController {

  private final MeasurePages pages;
  private final Measures measures;
  private final RecordInputNotUsed recordNotUsed;
  private final MessageSource messages;

  MeasureListController(
      MeasurePages pages,
      Measures measures,
      RecordInputNotUsed recordNotUsed,
      MessageSource messages) {
    this.pages = pages;
    this.measures = measures;
    this.recordNotUsed = recordNotUsed;
    this.messages = messages;
  }

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
    model.addAttribute("inputTypes", pages.typeOptions(inputType, ui));
    model.addAttribute("inputId", inputId);
    model.addAttribute("reason", reason);
    model.addAttribute("errors", errors);
    return "measure/staff/list";
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
}
