package se.trygghetsdialog.perspective.web;

import jakarta.validation.Valid;
import java.util.UUID;
import java.util.function.BiFunction;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import se.trygghetsdialog.perspective.Contact;
import se.trygghetsdialog.perspective.LogContacts;
import se.trygghetsdialog.perspective.Perspective;
import se.trygghetsdialog.perspective.Perspectives;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.FormSubmissions;
import se.trygghetsdialog.shared.web.WebPage;

/**
 * The contact log of a dialogue: the list, logging and editing a contact, a contact with its
 * perspectives and adding a perspective to it.
 */
@Controller
@RequestMapping("/personal/dialoger/{id}/kontakter")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ContactController {

  private final PerspectivePages pages;
  private final Perspectives perspectives;
  private final LogContacts logContacts;
  private final FormSubmissions forms;

  @GetMapping
  String list(MunicipalityId municipality, @PathVariable UUID id, WebPage page) {
    var access = pages.viewer(municipality, id);
    var names = pages.areaNames(municipality);
    var counts =
        perspectives.perspectives(municipality, access.id()).stream()
            .collect(
                java.util.stream.Collectors.groupingBy(
                    Perspective::contactId, java.util.stream.Collectors.counting()));
    page.add(
        "page",
        new PerspectiveViews.ContactsPage(
            access.context(),
            perspectives.contacts(municipality, access.id()).stream()
                .map(
                    c ->
                        new PerspectiveViews.ContactRow(
                            c, names.apply(c.areaId()), counts.getOrDefault(c.id(), 0L).intValue()))
                .toList()));
    return "perspective/contacts";
  }

  @GetMapping("/ny")
  String newForm(MunicipalityId municipality, @PathVariable UUID id, WebPage page) {
    var access = pages.editor(municipality, id);
    return pages.contactForm(
        municipality,
        access,
        null,
        PerspectiveViews.ContactForm.blank(PerspectivePages.today()),
        FormErrors.none(),
        page);
  }

  @PostMapping("/ny")
  String log(
      MunicipalityId municipality,
      @PathVariable UUID id,
      @Valid @ModelAttribute("contact") LogContacts.ContactCommand command,
      BindingResult binding,
      @ModelAttribute("form") PerspectiveViews.ContactForm form,
      WebPage page) {
    var access = pages.editor(municipality, id);
    return forms.submit(
        binding,
        () -> {
          UUID contact = logContacts.log(municipality, access.id(), access.actor(), command);
          return page.redirect("perspective.contact.notice.logged", access.contactPath(contact));
        },
        errors -> pages.contactForm(municipality, access, null, form, errors, page));
  }

  @GetMapping("/{contactId}")
  String show(
      MunicipalityId municipality,
      @PathVariable UUID id,
      @PathVariable UUID contactId,
      WebPage page) {
    var access = pages.viewer(municipality, id);
    Contact contact = pages.contact(municipality, access, contactId);
    return pages.contactPage(
        municipality,
        access,
        contact,
        PerspectiveViews.PerspectiveForm.blank(),
        FormErrors.none(),
        page);
  }

  @GetMapping("/{contactId}/andra")
  String edit(
      MunicipalityId municipality,
      @PathVariable UUID id,
      @PathVariable UUID contactId,
      WebPage page) {
    var access = pages.editor(municipality, id);
    Contact contact = pages.contact(municipality, access, contactId);
    return pages.contactForm(
        municipality,
        access,
        contact,
        PerspectiveViews.ContactForm.of(contact),
        FormErrors.none(),
        page);
  }

  @PostMapping("/{contactId}/andra")
  String save(
      MunicipalityId municipality,
      @PathVariable UUID id,
      @PathVariable UUID contactId,
      @Valid @ModelAttribute("contact") LogContacts.ContactCommand command,
      BindingResult binding,
      @ModelAttribute("form") PerspectiveViews.ContactForm form,
      WebPage page) {
    return submitOnContact(
        municipality,
        id,
        contactId,
        binding,
        page,
        (access, contact) -> {
          logContacts.edit(municipality, contact, access.actor(), command);
          return "perspective.contact.notice.saved";
        },
        (access, contact, errors) ->
            pages.contactForm(municipality, access, contact, form, errors, page));
  }

  @PostMapping("/{contactId}/perspektiv")
  String addPerspective(
      MunicipalityId municipality,
      @PathVariable UUID id,
      @PathVariable UUID contactId,
      @Valid @ModelAttribute("perspective") LogContacts.PerspectiveCommand command,
      BindingResult binding,
      @ModelAttribute("form") PerspectiveViews.PerspectiveForm form,
      WebPage page) {
    return submitOnContact(
        municipality,
        id,
        contactId,
        binding,
        page,
        (access, contact) -> {
          logContacts.record(municipality, contact, access.actor(), command);
          return command.text().flagged()
              ? "perspective.perspective.notice.flagged"
              : "perspective.perspective.notice.recorded";
        },
        (access, contact, errors) ->
            pages.contactPage(municipality, access, contact, form, errors, page));
  }

  /** Shows a form on one contact again, with the errors of its submission. */
  private interface ShowAgain {
    String show(PerspectivePages.Access access, Contact contact, FormErrors errors);
  }

  /**
   * Submits a form on one contact, for the dialogue's team: the action changes the contact and
   * answers the notice key, and the contact's page follows; refused input shows the form again.
   */
  private String submitOnContact(
      MunicipalityId municipality,
      UUID id,
      UUID contactId,
      BindingResult binding,
      WebPage page,
      BiFunction<PerspectivePages.Access, Contact, String> action,
      ShowAgain showAgain) {
    var access = pages.editor(municipality, id);
    Contact contact = pages.contact(municipality, access, contactId);
    return forms.submit(
        binding,
        () -> page.redirect(action.apply(access, contact), access.contactPath(contactId)),
        errors -> showAgain.show(access, contact, errors));
  }
}
