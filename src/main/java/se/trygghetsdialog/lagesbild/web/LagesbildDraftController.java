package se.trygghetsdialog.lagesbild.web;

import static se.trygghetsdialog.shared.web.VersionedFormSubmissions.orOn;

import jakarta.validation.Valid;
import java.time.LocalDate;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.trygghetsdialog.lagesbild.AdoptLagesbild;
import se.trygghetsdialog.lagesbild.EditLagesbild;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.VersionedFormSubmissions;

/** Staff page of the lägesbild draft (lag 2023:196 §4) with its three parts, and its adoption. */
@Controller
@RequestMapping("/personal/lagesbild")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class LagesbildDraftController {

  private final LagesbildPages pages;
  private final EditLagesbild edit;
  private final AdoptLagesbild adopt;
  private final VersionedFormSubmissions forms;

  @GetMapping
  String page(MunicipalityId municipality, Model model) {
    var staff = LagesbildPages.viewer();
    return pages.page(municipality, null, null, null, FormErrors.none(), staff, model);
  }

  @PostMapping("/utkast")
  String saveDraft(
      MunicipalityId municipality,
      @Valid @ModelAttribute("editLagesbild") EditLagesbild.Command command,
      BindingResult binding,
      @ModelAttribute("form") LagesbildForm form,
      Model model,
      RedirectAttributes redirect) {
    var staff = LagesbildPages.editor();
    return forms.submit(
        binding,
        orOn("title"),
        () -> {
          edit.save(municipality, command, staff);
          redirect.addFlashAttribute("notice", "measure.lagesbild.notice.saved");
          return "redirect:/personal/lagesbild";
        },
        errors -> pages.page(municipality, form, null, null, errors, staff, model));
  }

  @PostMapping("/anta")
  String adopt(
      MunicipalityId municipality,
      @Valid @ModelAttribute("adoptLagesbild") AdoptLagesbild.Command command,
      BindingResult binding,
      @ModelAttribute("adoptForm") LagesbildAdoptForm form,
      Model model,
      RedirectAttributes redirect) {
    var staff = LagesbildPages.editor();
    return forms.submit(
        binding,
        orOn("adoptedBy"),
        () -> {
          int number = adopt.adopt(municipality, command, LocalDate.now(), staff);
          redirect.addFlashAttribute("notice", "measure.lagesbild.notice.adopted");
          return "redirect:/lagesbild/version/" + number;
        },
        errors -> pages.page(municipality, null, null, form, errors, staff, model));
  }
}
