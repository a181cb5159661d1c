package se.trygghetsdialog.perspective.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import se.trygghetsdialog.dialogue.Dialogue;
import se.trygghetsdialog.dialogue.DialogueId;
import se.trygghetsdialog.dialogue.Dialogues;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.perspective.Channel;
import se.trygghetsdialog.perspective.Contact;
import se.trygghetsdialog.perspective.LogContacts;
import se.trygghetsdialog.perspective.Perspective;
import se.trygghetsdialog.perspective.PerspectiveKind;
import se.trygghetsdialog.perspective.PerspectivePolicy;
import se.trygghetsdialog.perspective.Perspectives;
import se.trygghetsdialog.perspective.Theme;
import se.trygghetsdialog.shared.AgeBand;
import se.trygghetsdialog.shared.Gender;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.NotFoundException;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.Option;
import se.trygghetsdialog.shared.web.Ui;
import se.trygghetsdialog.shared.web.WebPage;
import se.trygghetsdialog.tenancy.Area;
import se.trygghetsdialog.tenancy.Areas;

/**
 * What the perspective controllers share: who may see and edit a dialogue's perspectives, finding
 * its contacts and perspectives, and building the forms.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PerspectivePages {

  private final Dialogues dialogues;
  private final Perspectives perspectives;
  private final Areas areas;

  /** The signed-in staff member and the dialogue a page is about. */
  record Access(StaffPrincipal staff, PerspectiveViews.Context context) {
    Dialogue dialogue() {
      return context.dialogue();
    }

    DialogueId id() {
      return context.dialogue().id();
    }

    UUID actor() {
      return staff.accountId();
    }

    /** The page of one of the dialogue's contacts. */
    String contactPath(UUID contactId) {
      return context.base() + "/kontakter/" + contactId;
    }
  }

  /**
   * A viewer of the dialogue's perspective pages; whether in its team decides what they see.
   *
   * @throws NotFoundException if the municipality has no such dialogue
   */
  Access viewer(MunicipalityId municipality, UUID id) {
    StaffPrincipal staff =
        StaffAccounts.signedIn(PerspectivePolicy::mayView, "may not view dialogues");
    Dialogue dialogue =
        dialogues
            .find(municipality, new DialogueId(id))
            .orElseThrow(() -> new NotFoundException("dialogue"));
    boolean team = PerspectivePolicy.mayEdit(staff, dialogues.team(municipality, dialogue.id()));
    return new Access(staff, new PerspectiveViews.Context(dialogue, team));
  }

  /**
   * A member of the dialogue's team, who may change its perspective material.
   *
   * @throws AccessDeniedException for anyone else
   */
  Access editor(MunicipalityId municipality, UUID id) {
    Access access = viewer(municipality, id);
    if (!access.context().team()) {
      throw new AccessDeniedException("not in the dialogue's team");
    }
    return access;
  }

  Contact contact(MunicipalityId municipality, Access access, UUID id) {
    return perspectives
        .contact(municipality, access.id(), id)
        .orElseThrow(() -> new NotFoundException("contact"));
  }

  Perspective perspective(MunicipalityId municipality, Access access, UUID id) {
    return perspectives
        .perspective(municipality, access.id(), id)
        .orElseThrow(() -> new NotFoundException("perspective"));
  }

  Theme theme(MunicipalityId municipality, Access access, UUID id) {
    return perspectives
        .theme(municipality, access.id(), id)
        .orElseThrow(() -> new NotFoundException("theme"));
  }

  static BindingResult noInput() {
    return new MapBindingResult(new java.util.HashMap<>(), "form");
  }

  Function<@Nullable UUID, String> areaNames(MunicipalityId municipality) {
    Map<UUID, String> names =
        areas.all(municipality).stream().collect(Collectors.toMap(Area::id, Area::name));
    return id -> id == null ? "" : names.getOrDefault(id, "");
  }

  /** Perspectives as the viewer may see them: masked outside the team. */
  List<PerspectiveViews.PerspectiveRow> rows(
      MunicipalityId municipality, Access access, List<Perspective> list) {
    Map<UUID, String> names =
        perspectives.themes(municipality, access.id()).stream()
            .collect(Collectors.toMap(Theme::id, Theme::name));
    return list.stream()
        .map(
            p ->
                new PerspectiveViews.PerspectiveRow(
                    p,
                    access.context().team() ? p.text() : p.publicText(),
                    p.themeIds().stream()
                        .map(names::get)
                        .filter(java.util.Objects::nonNull)
                        .sorted()
                        .toList()))
        .toList();
  }

  String contactForm(
      MunicipalityId municipality,
      Access access,
      @Nullable Contact contact,
      PerspectiveViews.ContactForm form,
      FormErrors errors,
      WebPage page) {
    Ui ui = page.ui();
    List<Option> areaOptions =
        Option.of(
            areas.all(municipality).stream()
                .filter(a -> !a.archived() || a.id().toString().equals(form.areaId()))
                .toList(),
            Area::id,
            Area::name,
            id -> id.equals(form.areaId()));
    page.add(
        "page",
        new PerspectiveViews.ContactFormPage(
            access.context(),
            contact,
            form,
            errors,
            Option.of(Channel.values(), "perspective.channel", form.channel(), ui),
            areaOptions,
            countFields(
                AgeBand.values(), LogContacts.ContactCommand.AGE_FIELDS, "perspective.ageBand."),
            countFields(
                Gender.values(), LogContacts.ContactCommand.GENDER_FIELDS, "perspective.gender.")));
    return "perspective/contactForm";
  }

  /** One count field per group, named as the command names it, labelled by prefix and group. */
  private static <E extends Enum<E>> List<PerspectiveViews.CountField> countFields(
      E[] groups, Map<E, String> fields, String labels) {
    return Arrays.stream(groups)
        .map(g -> new PerspectiveViews.CountField(fields.get(g), labels + g))
        .toList();
  }

  PerspectiveViews.PerspectiveFormPage perspectiveForm(
      MunicipalityId municipality,
      Access access,
      String action,
      PerspectiveViews.PerspectiveForm form,
      FormErrors errors,
      Ui ui) {
    List<Option> themes =
        perspectives.themes(municipality, access.id()).stream()
            .filter(t -> !t.archived() || form.themes().contains(t.id().toString()))
            .map(
                t ->
                    new Option(
                        t.id().toString(),
                        t.name(),
                        form.themes().contains(t.id().toString()),
                        t.description()))
            .toList();
    return new PerspectiveViews.PerspectiveFormPage(
        action,
        form,
        errors,
        Option.of(PerspectiveKind.values(), "perspective.kind", form.kind(), ui),
        themes);
  }

  String contactPage(
      MunicipalityId municipality,
      Access access,
      Contact contact,
      PerspectiveViews.PerspectiveForm form,
      FormErrors errors,
      WebPage page) {
    page.add(
        "page",
        new PerspectiveViews.ContactPage(
            access.context(),
            contact,
            areaNames(municipality).apply(contact.areaId()),
            rows(municipality, access, perspectives.ofContact(municipality, contact)),
            perspectiveForm(
                municipality,
                access,
                access.contactPath(contact.id()) + "/perspektiv",
                form,
                errors,
                page.ui())));
    return "perspective/contact";
  }

  String perspectivePage(
      MunicipalityId municipality,
      Access access,
      Perspective perspective,
      PerspectiveViews.PerspectiveForm form,
      FormErrors errors,
      WebPage page) {
    String action = access.context().base() + "/perspektiv/" + perspective.id();
    page.add(
        "page",
        new PerspectiveViews.PerspectiveEditPage(
            access.context(),
            perspective,
            perspectiveForm(municipality, access, action, form, errors, page.ui())));
    return "perspective/perspectiveForm";
  }

  static String today() {
    return LocalDate.now(Ui.ZONE).toString();
  }
}
