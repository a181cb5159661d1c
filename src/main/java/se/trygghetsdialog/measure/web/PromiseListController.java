package se.trygghetsdialog.measure.web;

import static se.trygghetsdialog.measure.web.Forms.manager;
import static se.trygghetsdialog.measure.web.Forms.options;
import static se.trygghetsdialog.measure.web.Forms.parse;

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
import se.trygghetsdialog.measure.ChangePromiseStatus;
import se.trygghetsdialog.measure.MeasureRuleViolation;
import se.trygghetsdialog.measure.PromiseStatus;
import se.trygghetsdialog.measure.Promises;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.Ui;

/** Staff page listing the medborgarlöften, with a status change per promise. */
@Controller
@RequestMapping("/personal/atgarder")
class PromiseListController {

  private final Promises promises;
  private final ChangePromiseStatus changePromiseStatus;
  private final MessageSource messages;

  PromiseListController(
      Promises promises, ChangePromiseStatus changePromiseStatus, MessageSource messages) {
    this.promises = promises;
    this.changePromiseStatus = changePromiseStatus;
    this.messages = messages;
  }

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
}
