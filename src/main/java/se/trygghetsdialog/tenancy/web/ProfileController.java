package se.trygghetsdialog.tenancy.web;

import jakarta.validation.Valid;
import java.time.Duration;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.NotFoundException;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.FormSubmissions;
import se.trygghetsdialog.shared.web.WebPage;
import se.trygghetsdialog.tenancy.ChangeLogo;
import se.trygghetsdialog.tenancy.ChangeProfile;
import se.trygghetsdialog.tenancy.Logo;
import se.trygghetsdialog.tenancy.MunicipalityProfile;
import se.trygghetsdialog.tenancy.MunicipalityProfiles;

/** The municipality's profile: name, contact, links and logo; and the logo for public pages. */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ProfileController {

  static final String PATH = "/personal/admin/kommun";

  private final MunicipalityProfiles profiles;
  private final ChangeProfile changeProfile;
  private final ChangeLogo changeLogo;
  private final FormSubmissions forms;

  @GetMapping(PATH)
  String profile(MunicipalityId municipality, WebPage page) {
    MunicipalityProfile profile = profiles.of(municipality);
    return profilePage(profile, ProfileForm.of(profile), FormErrors.none(), page);
  }

  @PostMapping(PATH)
  String change(
      MunicipalityId municipality,
      @Valid @ModelAttribute("changeProfile") ChangeProfile.Command command,
      BindingResult binding,
      @ModelAttribute("form") ProfileForm form,
      WebPage page) {
    return forms.submit(
        binding,
        () -> {
          changeProfile.change(municipality, TenancyPages.actor(), command);
          return page.redirect("tenancy.profile.saved", PATH);
        },
        errors -> profilePage(profiles.of(municipality), form, errors, page));
  }

  @PostMapping(PATH + "/logotyp")
  String uploadLogo(
      MunicipalityId municipality,
      @Valid @ModelAttribute("changeLogo") ChangeLogo.Command command,
      BindingResult binding,
      WebPage page) {
    return forms.submit(
        binding,
        () -> {
          changeLogo.upload(municipality, TenancyPages.actor(), command);
          return page.redirect("tenancy.logo.saved", PATH);
        },
        errors -> {
          MunicipalityProfile profile = profiles.of(municipality);
          return profilePage(profile, ProfileForm.of(profile), errors, page);
        });
  }

  @PostMapping(PATH + "/logotyp/ta-bort")
  String removeLogo(MunicipalityId municipality, WebPage page) {
    changeLogo.remove(municipality, TenancyPages.actor());
    return page.redirect("tenancy.logo.removed", PATH);
  }

  /**
   * The municipality's logo. The address carries the upload time, so the image may be cached for a
   * long time; without it, for an hour.
   */
  @GetMapping("/kommun/logotyp")
  ResponseEntity<byte[]> logo(
      MunicipalityId municipality, @RequestParam(required = false) @Nullable Long v) {
    Logo logo = profiles.logo(municipality).orElseThrow(() -> new NotFoundException("logo"));
    boolean versioned = v != null && v == logo.changedAt().toInstant().toEpochMilli();
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(logo.contentType()))
        .cacheControl(
            versioned
                ? CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable()
                : CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
        .lastModified(logo.changedAt().toInstant())
        .body(logo.bytes());
  }

  private String profilePage(
      MunicipalityProfile profile, ProfileForm form, FormErrors errors, WebPage page) {
    page.add("profile", profile);
    page.add("form", form);
    page.add("errors", errors);
    page.add("maxLogoKb", ChangeLogo.MAX_BYTES / 1024);
    return "tenancy/profile";
  }
}
