package se.trygghetsdialog.perspective.web;

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
import se.trygghetsdialog.perspective.LogContacts;
import se.trygghetsdialog.perspective.Perspective;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.FormSubmissions;
import se.trygghetsdialog.shared.web.WebPage;

/** Editing one perspective: its kind, text, themes and flags (409 if changed meanwhile). */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PerspectiveEditController {

  private final PerspectivePages pages;
  private final LogContacts logContacts;
  private final FormSubmissions forms;

  @GetMapping("/personal/dialoger/{id}/perspektiv/{perspectiveId}")
  String edit(
      MunicipalityId municipality,
      @PathVariable UUID id,
      @PathVariable UUID perspectiveId,
      WebPage page) {
    var access = pages.editor(municipality, id);
    Perspective perspective = pages.perspective(municipality, access, perspectiveId);
    return pages.perspectivePage(
        municipality,
        access,
        perspective,
        PerspectiveViews.PerspectiveForm.of(perspective),
        FormErrors.none(),
        page);
  }

  @PostMapping("/personal/dialoger/{id}/perspektiv/{perspectiveId}")
  String save(
      MunicipalityId municipality,
      @PathVariable UUID id,
      @PathVariable UUID perspectiveId,
      @Valid @ModelAttribute("perspective") LogContacts.PerspectiveCommand command,
      BindingResult binding,
      @ModelAttribute("form") PerspectiveViews.PerspectiveForm form,
      WebPage page) {
    var access = pages.editor(municipality, id);
    Perspective perspective = pages.perspective(municipality, access, perspectiveId);
    return forms.submit(
        binding,
        () -> {
          logContacts.edit(municipality, perspective, access.actor(), command);
          return page.redirect(
              command.text().flagged()
                  ? "perspective.perspective.notice.flagged"
                  : "perspective.perspective.notice.saved",
              access.contactPath(perspective.contactId()));
        },
        errors -> pages.perspectivePage(municipality, access, perspective, form, errors, page));
  }
}
