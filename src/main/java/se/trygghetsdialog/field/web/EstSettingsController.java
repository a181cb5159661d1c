package se.trygghetsdialog.field.web;

import jakarta.validation.Valid;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.trygghetsdialog.field.EditEstSettings;
import se.trygghetsdialog.field.EstSettings;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.FormSubmissions;

/** Administrators set the EST checklist items and the weekly report's title. */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class EstSettingsController {

  static final String PATH = "/personal/admin/est";

  private final EstSettings settings;
  private final EditEstSettings editSettings;
  private final FormSubmissions forms;

  @GetMapping(PATH)
  String form(MunicipalityId municipality, Model model) {
    return page(
        new EstSettingsForm(
            settings.weeklyTitleTemplate(municipality),
            EditEstSettings.lines(settings.items(municipality))),
        FormErrors.none(),
        model);
  }

  @PostMapping(PATH)
  String save(
      MunicipalityId municipality,
      @Valid @ModelAttribute("editEstSettings") EditEstSettings.Command command,
      BindingResult binding,
      @ModelAttribute("form") EstSettingsForm form,
      Model model,
      RedirectAttributes redirect) {
    @Nullable UUID actor = StaffAccounts.current().map(StaffPrincipal::accountId).orElse(null);
    return forms.submit(
        binding,
        () -> {
          editSettings.save(municipality, actor, command);
          redirect.addFlashAttribute("notice", "field.est.settings.saved");
          return "redirect:" + PATH;
        },
        errors -> page(form, errors, model));
  }

  private String page(EstSettingsForm form, FormErrors errors, Model model) {
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("maxItems", EditEstSettings.MAX_ITEMS);
    return "field/settings";
  }
}
