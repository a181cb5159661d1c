package se.trygghetsdialog.field.web;

import static se.trygghetsdialog.shared.web.VersionedFormSubmissions.orOn;

import jakarta.validation.Valid;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import se.trygghetsdialog.field.Rumour;
import se.trygghetsdialog.field.RumourLog;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.FormSubmissions;
import se.trygghetsdialog.shared.web.VersionedFormSubmissions;
import se.trygghetsdialog.shared.web.WebPage;

/**
 * One rumour in the log: editing it (409 when someone else saved meanwhile), and publishing or
 * unpublishing its clarification.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class RumourEditController {

  private final RumourLog log;
  private final RumourPages pages;
  private final FormSubmissions forms;
  private final VersionedFormSubmissions versioned;

  @GetMapping("/personal/rykten/{id}")
  String edit(MunicipalityId municipality, @PathVariable UUID id, WebPage page) {
    RumourPages.coordinator(municipality);
    Rumour rumour = pages.find(municipality, id);
    return pages.render(
        municipality, RumourViews.RumourForm.of(rumour), FormErrors.none(), rumour, page);
  }

  @PostMapping("/personal/rykten/{id}")
  String save(
      MunicipalityId municipality,
      @PathVariable UUID id,
      @Valid @ModelAttribute("rumour") RumourLog.Command command,
      BindingResult binding,
      @ModelAttribute("form") RumourViews.RumourForm form,
      WebPage page) {
    StaffPrincipal staff = RumourPages.coordinator(municipality);
    Rumour rumour = pages.find(municipality, id);
    int version = RumourPages.version(form, rumour);
    // Opened at an older version and wrong too: say first that someone else saved meanwhile (the
    // log refuses the older version before it reads the command).
    BindingResult checked = version < rumour.version() ? EstForms.noInput() : binding;
    return versioned.submit(
        checked,
        orOn(RumourPages.CURRENT),
        () -> {
          log.edit(municipality, staff.accountId(), id, version, command);
          return page.redirect("field.rumour.notice.saved", "/personal/rykten/" + id);
        },
        errors -> pages.edited(municipality, form, errors, rumour, page));
  }

  @PostMapping("/personal/rykten/{id}/publicera")
  String publish(MunicipalityId municipality, @PathVariable UUID id, WebPage page) {
    StaffPrincipal staff = RumourPages.coordinator(municipality);
    Rumour rumour = pages.find(municipality, id);
    return forms.submit(
        EstForms.noInput(),
        () -> {
          log.publish(municipality, staff.accountId(), id);
          return page.redirect("field.rumour.notice.published", "/personal/rykten/" + id);
        },
        errors ->
            pages.render(municipality, RumourViews.RumourForm.of(rumour), errors, rumour, page));
  }

  @PostMapping("/personal/rykten/{id}/avpublicera")
  String unpublish(MunicipalityId municipality, @PathVariable UUID id, WebPage page) {
    StaffPrincipal staff = RumourPages.coordinator(municipality);
    pages.find(municipality, id);
    log.unpublish(municipality, staff.accountId(), id);
    return page.redirect("field.rumour.notice.unpublished", "/personal/rykten/" + id);
  }
}
