package se.trygghetsdialog.lagesbild.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
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
import se.trygghetsdialog.lagesbild.AdoptLagesbild;
import se.trygghetsdialog.lagesbild.EditLagesbild;
import se.trygghetsdialog.lagesbild.LagesbildRuleViolation;
import se.trygghetsdialog.lagesbild.Lagesbilder;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.FormText;
import se.trygghetsdialog.shared.web.Ui;

/** Staff page of the lägesbild draft (lag 2023:196 §4) with its three parts, and its adoption. */
@Controller
@RequestMapping("/personal/lagesbild")
class LagesbildDraftController {

  private final LagesbildPages pages;
  private final Lagesbilder lagesbilder;
  private final EditLagesbild edit;
  private final AdoptLagesbild adopt;
  private final MessageSource messages;

  LagesbildDraftController(
      LagesbildPages pages,
      Lagesbilder lagesbilder,
      EditLagesbild edit,
      AdoptLagesbild adopt,
      MessageSource messages) {
    this.pages = pages;
    this.lagesbilder = lagesbilder;
    this.edit = edit;
    this.adopt = adopt;
    this.messages = messages;
  }

  @GetMapping
  String page(MunicipalityId municipality, Model model, @ModelAttribute("ui") Ui ui) {
    StaffPrincipal staff = LagesbildPages.viewer();
    return pages.render(
        municipality,
        pages.draftForm(lagesbilder.draft(municipality, LocalDate.now())),
        pages.blankProblem(),
        pages.blankAdoption(municipality),
        FormErrors.none(),
        staff,
        model);
  }

  @PostMapping("/utkast")
  String saveDraft(
      MunicipalityId municipality,
      @RequestParam(name = "revision", defaultValue = "") String revision,
      @RequestParam(name = "title", defaultValue = "") String title,
      @RequestParam(name = "crimeText", defaultValue = "") String crimeText,
      @RequestParam(name = "otherText", defaultValue = "") String otherText,
      @RequestParam(name = "analysisText", defaultValue = "") String analysisText,
      @RequestParam(name = "factsFrom", defaultValue = "") String factsFrom,
      @RequestParam(name = "factsTo", defaultValue = "") String factsTo,
      @RequestParam(name = "facts", required = false) @Nullable List<String> facts,
      Model model,
      @ModelAttribute("ui") Ui ui,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    StaffPrincipal staff = LagesbildPages.editor();
    LagesbildForm form =
        new LagesbildForm(
            revision,
            title,
            crimeText,
            otherText,
            analysisText,
            factsFrom,
            factsTo,
            facts == null ? List.of() : facts.stream().map(String::strip).distinct().toList());
    FormErrors.Builder errors = FormErrors.builder(messages, ui.locale());
    try {
      edit.save(
          municipality,
          new EditLagesbild.Input(
              Forms.integer(revision, -1),
              FormText.clean(title),
              FormText.clean(crimeText),
              FormText.clean(otherText),
              FormText.clean(analysisText),
              FormText.date(factsFrom),
              FormText.date(factsTo),
              form.facts()),
          staff);
      redirect.addFlashAttribute("notice", "measure.lagesbild.notice.saved");
      return "redirect:/personal/lagesbild";
    } catch (LagesbildRuleViolation v) {
      errors.add(v.field().isEmpty() ? "title" : v.field(), v.messageKey(), v.args());
      response.setStatus(
          "measure.error.stale".equals(v.messageKey())
              ? HttpServletResponse.SC_CONFLICT
              : HttpServletResponse.SC_BAD_REQUEST);
    }
    return pages.render(
        municipality,
        form,
        pages.blankProblem(),
        pages.blankAdoption(municipality),
        errors.build(),
        staff,
        model);
  }

  @PostMapping("/anta")
  String adopt(
      MunicipalityId municipality,
      @RequestParam(name = "expectedVersion", defaultValue = "") String expectedVersion,
      @RequestParam(name = "adoptedBy", defaultValue = "") String adoptedBy,
      @RequestParam(name = "adoptedOn", defaultValue = "") String adoptedOn,
      @RequestParam(name = "paragraph", defaultValue = "") String paragraph,
      @RequestParam(name = "registrationNumber", defaultValue = "") String registrationNumber,
      Model model,
      @ModelAttribute("ui") Ui ui,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    StaffPrincipal staff = LagesbildPages.editor();
    LagesbildAdoptForm form =
        new LagesbildAdoptForm(
            expectedVersion, adoptedBy, adoptedOn, paragraph, registrationNumber);
    FormErrors.Builder errors = FormErrors.builder(messages, ui.locale());
    LocalDate date = FormText.date(adoptedOn);
    if (FormText.clean(adoptedBy).isEmpty()) {
      errors.add("adoptedBy", "measure.error.decision.body.required");
    }
    if (FormText.clean(adoptedOn).isEmpty()) {
      errors.add("adoptedOn", "measure.error.decision.date.required");
    } else if (date == null) {
      errors.add("adoptedOn", "measure.error.date.invalid");
    }
    if (!errors.any()) {
      try {
        int number =
            adopt.adopt(
                municipality,
                new AdoptLagesbild.Input(
                    Forms.integer(expectedVersion, -1),
                    FormText.clean(adoptedBy),
                    date,
                    FormText.clean(paragraph),
                    FormText.clean(registrationNumber)),
                LocalDate.now(),
                staff);
        redirect.addFlashAttribute("notice", "measure.lagesbild.notice.adopted");
        return "redirect:/lagesbild/version/" + number;
      } catch (LagesbildRuleViolation v) {
        errors.add(v.field().isEmpty() ? "adoptedBy" : v.field(), v.messageKey(), v.args());
        if ("measure.error.stale".equals(v.messageKey())) {
          response.setStatus(HttpServletResponse.SC_CONFLICT);
          return pages.render(
              municipality,
              pages.draftForm(lagesbilder.draft(municipality, LocalDate.now())),
              pages.blankProblem(),
              form,
              errors.build(),
              staff,
              model);
        }
      }
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    return pages.render(
        municipality,
        pages.draftForm(lagesbilder.draft(municipality, LocalDate.now())),
        pages.blankProblem(),
        form,
        errors.build(),
        staff,
        model);
  }
}
