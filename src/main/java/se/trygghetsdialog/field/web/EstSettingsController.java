package se.trygghetsdialog.field.web;

import jakarta.validation.Valid;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import se.trygghetsdialog.field.EditEstSettings;
import se.trygghetsdialog.field.EstSettings;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.FormSubmissions;
import se.trygghetsdialog.shared.web.WebPage;

/** Administrators set the EST checklist items and the weekly report's title. */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class EstSettingsController {

  static final String PATH = "/personal/admin/est";

  private final EstSettings settings;
  private final EditEstSettings editSettings;
  private final FormSubmissions forms;

  @GetMapping(PATH)
  String form(MunicipalityId municipality, WebPage page) {
    return settingsPage(
        new EstSettingsForm(
            settings.weeklyTitleTemplate(municipality),
            EditEstSettings.lines(settings.items(municipality))),
        FormErrors.none(),
        page);
  }

  @PostMapping(PATH)
  String save(
      MunicipalityId municipality,
      @Valid @ModelAttribute("editEstSettings") EditEstSettings.Command command,
      BindingResult binding,
      @ModelAttribute("form") EstSettingsForm form,
      WebPage page) {
    @Nullable UUID actor = StaffAccounts.current().map(StaffPrincipal::accountId).orElse(null);
    return forms.submit(
        binding,
        () -> {
          editSettings.save(municipality, actor, command);
          return page.redirect("field.est.settings.saved", PATH);
        },
        errors -> settingsPage(form, errors, page));
  }

  private String settingsPage(EstSettingsForm form, FormErrors errors, WebPage page) {
    page.add("form", form);
    page.add("errors", errors);
    page.add("maxItems", EditEstSettings.MAX_ITEMS);
    return "field/settings";
  }
}
