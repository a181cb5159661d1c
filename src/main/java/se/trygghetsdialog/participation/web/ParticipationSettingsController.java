package se.trygghetsdialog.participation.web;

import jakarta.validation.Valid;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.participation.ParticipationPolicy;
import se.trygghetsdialog.participation.ParticipationSettings;
import se.trygghetsdialog.participation.SmallCells;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.FormSubmissions;
import se.trygghetsdialog.shared.web.WebPage;

/** The administrator sets the small-cell threshold every participation table uses. */
@Controller
@RequestMapping("/personal/admin/deltagande")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ParticipationSettingsController {

  private final ParticipationSettings settings;
  private final FormSubmissions forms;

  static StaffPrincipal admin() {
    return StaffAccounts.signedIn(
        ParticipationPolicy::mayChangeSettings, "may not change participation settings");
  }

  @GetMapping
  String page(MunicipalityId municipality, WebPage page) {
    admin();
    return render(
        String.valueOf(settings.smallCells(municipality).threshold()), FormErrors.none(), page);
  }

  @PostMapping
  String save(
      MunicipalityId municipality,
      @Valid @ModelAttribute("settings") ParticipationSettings.Command command,
      BindingResult binding,
      WebPage page) {
    StaffPrincipal staff = admin();
    Object typed = binding.getFieldValue("threshold");
    return forms.submit(
        binding,
        () -> {
          settings.change(municipality, command, staff);
          return page.redirect("participation.notice.settingsSaved", "/personal/admin/deltagande");
        },
        errors -> render(typed == null ? "" : typed.toString(), errors, page));
  }

  private String render(String threshold, FormErrors errors, WebPage page) {
    page.add("threshold", threshold)
        .add("errors", errors)
        .add("min", SmallCells.MIN_THRESHOLD)
        .add("max", SmallCells.MAX_THRESHOLD)
        .add("defaultThreshold", SmallCells.DEFAULT_THRESHOLD);
    return "participation/settings";
  }
}
