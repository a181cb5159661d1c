package se.trygghetsdialog.measure.web;

import static se.trygghetsdialog.measure.web.Forms.manager;
import static se.trygghetsdialog.measure.web.Forms.options;
import static se.trygghetsdialog.measure.web.Forms.parse;
import static se.trygghetsdialog.measure.web.Forms.staff;
import static se.trygghetsdialog.measure.web.Forms.viewer;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
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
import se.trygghetsdialog.measure.ChangeMeasureStatus;
import se.trygghetsdialog.measure.InputRef;
import se.trygghetsdialog.measure.LinkInput;
import se.trygghetsdialog.measure.MeasurePolicy;
import se.trygghetsdialog.measure.MeasureRuleViolation;
import se.trygghetsdialog.measure.MeasureStatus;
import se.trygghetsdialog.measure.MeasureView;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.FormText;
import se.trygghetsdialog.shared.web.Option;
import se.trygghetsdialog.shared.web.Ui;

/** Staff page of one measure: status, progress and linking inputs with search-and-pick. */
@Controller
@RequestMapping("/personal/atgarder")
class MeasureShowController {

  private final MeasurePages pages;
  private final LinkInput linkInput;
  private final ChangeMeasureStatus changeStatus;
  private final MessageSource messages;

  MeasureShowController(
      MeasurePages pages,
      LinkInput linkInput,
      ChangeMeasureStatus changeStatus,
      MessageSource messages) {
    this.pages = pages;
    this.linkInput = linkInput;
    this.changeStatus = changeStatus;
    this.messages = messages;
  }

  /** How many inputs a search offers to pick from. */
  static final int SEARCH_RESULTS = 20;

  // ---- show, status, progress, links -------------------------------------------------------

  @GetMapping("/{id}")
  String show(
      MunicipalityId municipality,
      @PathVariable UUID id,
      @RequestParam(name = "sok", required = false) @Nullable String query,
      @RequestParam(name = "typ", defaultValue = "") String type,
      Model model,
      @ModelAttribute("ui") Ui ui) {
    viewer();
    String view =
        renderShow(
            municipality,
            pages.view(municipality, id),
            "",
            "",
            "",
            "",
            FormErrors.none(),
            model,
            ui);
    if (query != null) {
      search(municipality, FormText.clean(query), type, "", model, ui);
    }
    return view;
  }

  /** Inputs matching the search words, offered to pick on the measure's page. */
  private void search(
      MunicipalityId municipality, String query, String type, String chosen, Model model, Ui ui) {
    String known = linkInput.knownTypes().contains(type) ? type : "";
    String words = query.length() > 200 ? query.substring(0, 200) : query;
    model.addAttribute("query", words);
    model.addAttribute("searchType", known);
    model.addAttribute("searchTypes", searchTypes(known, ui));
    model.addAttribute("searched", true);
    model.addAttribute(
        "choices",
        linkInput.search(municipality, known, words, SEARCH_RESULTS).stream()
            .map(
                c ->
                    new Option(
                        c.value(),
                        ui.t("measure.inputType." + c.input().type()) + ": " + c.label(),
                        c.value().equals(chosen)))
            .toList());
  }

  private List<Option> searchTypes(String selected, Ui ui) {
    List<Option> options = new ArrayList<>();
    options.add(new Option("", ui.t("measure.field.searchType.all"), selected.isEmpty()));
    options.addAll(pages.typeOptions(selected, ui));
    return options;
  }

  private String renderShow(
      MunicipalityId municipality,
      MeasureView view,
      String note,
      String progressNote,
      String inputType,
      String inputId,
      FormErrors errors,
      Model model,
      Ui ui) {
    StaffPrincipal staff = staff();
    model.addAttribute("item", view);
    model.addAttribute("mayManage", MeasurePolicy.mayManage(staff));
    model.addAttribute(
        "mayDecide",
        MeasurePolicy.mayRecordDecision(staff)
            && view.measure().status() == MeasureStatus.PROPOSED);
    List<Option> targets = new ArrayList<>();
    for (MeasureStatus s : MeasureStatus.values()) {
      if (MeasurePolicy.mayMove(view.measure().status(), s)) {
        targets.add(new Option(s.name(), ui.e("measure.status", s), false));
      }
    }
    model.addAttribute("targets", targets);
    model.addAttribute("note", note);
    model.addAttribute("progressNote", progressNote);
    model.addAttribute("inputTypes", pages.typeOptions(inputType, ui));
    model.addAttribute("inputId", inputId);
    model.addAttribute("errors", errors);
    model.addAttribute("query", "");
    model.addAttribute("searchType", "");
    model.addAttribute("searchTypes", searchTypes("", ui));
    model.addAttribute("searched", false);
    model.addAttribute("choices", List.of());
    return "measure/staff/show";
  }

  @PostMapping("/{id}/status")
  String changeStatus(
      MunicipalityId municipality,
      @PathVariable UUID id,
      @RequestParam(name = "version", defaultValue = "-1") int version,
      @RequestParam(name = "target", defaultValue = "") String target,
      @RequestParam(name = "note", defaultValue = "") String note,
      Model model,
      @ModelAttribute("ui") Ui ui,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    StaffPrincipal staff = manager();
    MeasureView view = pages.view(municipality, id);
    FormErrors.Builder errors = FormErrors.builder(messages, ui.locale());
    MeasureStatus status = parse(MeasureStatus.class, target);
    if (status == null) {
      errors.add("target", "measure.error.status.required");
    } else {
      try {
        changeStatus.change(
            municipality, view.measure().id(), version, status, FormText.clean(note), staff);
        redirect.addFlashAttribute("notice", "measure.notice.status");
        return "redirect:/personal/atgarder/" + id;
      } catch (MeasureRuleViolation v) {
        errors.add(v.field().isEmpty() ? "target" : v.field(), v.messageKey(), v.args());
        if ("measure.error.stale".equals(v.messageKey())) {
          response.setStatus(HttpServletResponse.SC_CONFLICT);
          return renderShow(
              municipality,
              pages.view(municipality, id),
              note,
              "",
              "",
              "",
              errors.build(),
              model,
              ui);
        }
      }
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    return renderShow(municipality, view, note, "", "", "", errors.build(), model, ui);
  }

  @PostMapping("/{id}/framsteg")
  String reportProgress(
      MunicipalityId municipality,
      @PathVariable UUID id,
      @RequestParam(name = "progressNote", defaultValue = "") String note,
      Model model,
      @ModelAttribute("ui") Ui ui,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    StaffPrincipal staff = manager();
    MeasureView view = pages.view(municipality, id);
    FormErrors.Builder errors = FormErrors.builder(messages, ui.locale());
    try {
      changeStatus.reportProgress(municipality, view.measure().id(), FormText.clean(note), staff);
      redirect.addFlashAttribute("notice", "measure.notice.progress");
      return "redirect:/personal/atgarder/" + id;
    } catch (MeasureRuleViolation v) {
      errors.add(v);
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    return renderShow(municipality, view, "", note, "", "", errors.build(), model, ui);
  }

  @PostMapping("/{id}/koppla")
  String link(
      MunicipalityId municipality,
      @PathVariable UUID id,
      @RequestParam(name = "inputType", defaultValue = "") String inputType,
      @RequestParam(name = "inputId", defaultValue = "") String inputId,
      @RequestParam(name = "choice", required = false) @Nullable String choice,
      @RequestParam(name = "sok", required = false) @Nullable String query,
      @RequestParam(name = "typ", defaultValue = "") String type,
      Model model,
      @ModelAttribute("ui") Ui ui,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    StaffPrincipal staff = manager();
    MeasureView view = pages.view(municipality, id);
    FormErrors.Builder errors = FormErrors.builder(messages, ui.locale());
    InputRef ref = null;
    if (query != null || choice != null) {
      // Picked from the search results: the value is TYPE:id.
      String picked = choice == null ? "" : choice.strip();
      int colon = picked.indexOf(':');
      UUID input = colon > 0 ? FormText.uuid(picked.substring(colon + 1)) : null;
      if (input == null) {
        errors.add("choice", "measure.error.link.choose");
      } else {
        ref = new InputRef(picked.substring(0, colon), input);
      }
    } else {
      UUID input = FormText.uuid(inputId);
      if (inputType.isBlank()) {
        errors.add("inputType", "measure.error.link.unknownType");
      }
      if (inputId.isBlank()) {
        errors.add("inputId", "measure.error.link.idRequired");
      } else if (input == null) {
        errors.add("inputId", "measure.error.link.idInvalid");
      }
      if (input != null && !inputType.isBlank()) {
        ref = new InputRef(inputType.strip(), input);
      }
    }
    if (ref != null && !errors.any()) {
      try {
        boolean added = linkInput.link(municipality, view.measure().id(), ref, staff);
        redirect.addFlashAttribute(
            "notice", added ? "measure.notice.linked" : "measure.notice.alreadyLinked");
        return "redirect:/personal/atgarder/" + id;
      } catch (MeasureRuleViolation v) {
        errors.add(v);
      }
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    String page =
        renderShow(municipality, view, "", "", inputType, inputId, errors.build(), model, ui);
    if (query != null) {
      search(municipality, FormText.clean(query), type, choice == null ? "" : choice, model, ui);
    }
    return page;
  }
}
