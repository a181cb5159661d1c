package se.trygghetsdialog.lagesbild.web;

import static se.trygghetsdialog.shared.web.VersionedFormSubmissions.orOn;

import jakarta.validation.Valid;
import java.time.LocalDate;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import se.trygghetsdialog.lagesbild.AdoptLagesbild;
import se.trygghetsdialog.lagesbild.EditLagesbild;
import se.trygghetsdialog.lagesbild.web.LagesbildPages.Typed;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.VersionedFormSubmissions;
import se.trygghetsdialog.shared.web.WebPage;

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
  String page(MunicipalityId municipality, WebPage page) {
    var staff = LagesbildPages.viewer();
    return pages.page(municipality, Typed.NONE, FormErrors.none(), staff, page);
  }

  @PostMapping("/utkast")
  String saveDraft(
      MunicipalityId municipality,
      @Valid @ModelAttribute("editLagesbild") EditLagesbild.Command command,
      BindingResult binding,
      @ModelAttribute("form") LagesbildForm form,
      WebPage page) {
    var staff = LagesbildPages.editor();
    return forms.submit(
        binding,
        orOn("title"),
        () -> {
          edit.save(municipality, command, staff);
          return page.redirect("measure.lagesbild.notice.saved", "/personal/lagesbild");
        },
        errors -> pages.page(municipality, new Typed(form, null, null), errors, staff, page));
  }

  @PostMapping("/anta")
  String adopt(
      MunicipalityId municipality,
      @Valid @ModelAttribute("adoptLagesbild") AdoptLagesbild.Command command,
      BindingResult binding,
      @ModelAttribute("adoptForm") LagesbildAdoptForm form,
      WebPage page) {
    var staff = LagesbildPages.editor();
    return forms.submit(
        binding,
        orOn("adoptedBy"),
        () -> {
          int number = adopt.adopt(municipality, command, LocalDate.now(), staff);
          return page.redirect("measure.lagesbild.notice.adopted", "/lagesbild/version/" + number);
        },
        errors -> pages.page(municipality, new Typed(null, null, form), errors, staff, page));
  }
}
