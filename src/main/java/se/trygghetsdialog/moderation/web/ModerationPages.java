package se.trygghetsdialog.moderation.web;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.moderation.ContentLink;
import se.trygghetsdialog.moderation.ModerationItem;
import se.trygghetsdialog.moderation.ModerationItemId;
import se.trygghetsdialog.moderation.ModerationPolicy;
import se.trygghetsdialog.moderation.ModerationQueue;
import se.trygghetsdialog.moderation.PersonalDataKind;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.NotFoundException;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.Ui;
import se.trygghetsdialog.shared.web.WebPage;

/** Page building shared by the moderation controllers: access check, labels, the item page. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ModerationPages {

  private final ModerationQueue queue;
  private final MessageSource messages;
  private final List<ContentLink> links;

  static StaffPrincipal moderator() {
    StaffPrincipal staff = StaffAccounts.signedIn();
    if (!ModerationPolicy.mayModerate(staff)) {
      throw new AccessDeniedException("may not moderate");
    }
    return staff;
  }

  ModerationItem item(MunicipalityId municipality, UUID id) {
    return queue
        .find(municipality, new ModerationItemId(id))
        .orElseThrow(() -> new NotFoundException("moderation item"));
  }

  String typeLabel(String type, Locale locale) {
    return messages.getMessage("moderation.contentType." + type, null, type, locale);
  }

  String kindsLabel(ModerationItem item, Locale locale) {
    return kindsLabel(item.kinds(), locale);
  }

  private String kindsLabel(Set<PersonalDataKind> kinds, Locale locale) {
    return kinds.stream()
        .sorted()
        .map(k -> messages.getMessage("moderation.kind." + k.name(), null, k.name(), locale))
        .collect(Collectors.joining(", "));
  }

  ModerationDrafts defaults(ModerationItem item) {
    String suggested =
        item.publicText() != null ? item.publicText() : queue.suggestedPublicText(item);
    return new ModerationDrafts(suggested, false, false, "", "", "");
  }

  String render(
      MunicipalityId municipality,
      ModerationItem item,
      @Nullable String unmaskedText,
      ModerationDrafts drafts,
      FormErrors errors,
      WebPage page) {
    Ui ui = page.ui();
    String shown = unmaskedText != null ? unmaskedText : queue.masked(item);
    page.add(
        "view",
        new ModerationItemView(
            item,
            typeLabel(item.contentType(), ui.locale()),
            kindsLabel(item, ui.locale()),
            shown,
            unmaskedText != null,
            queue.unmaskings(municipality, item.id())));
    page.add("drafts", drafts);
    page.add(
        "contentPath",
        links.stream()
            .filter(l -> l.contentType().equals(item.contentType()))
            .map(l -> l.staffPath(item.contentId()))
            .findFirst()
            .orElse(""));
    page.add("errors", errors);
    return "moderation/item";
  }

  /**
   * The item again, as it now stands, after a decision on it was refused: with the drafts as typed
   * and the errors.
   */
  String refused(
      MunicipalityId municipality,
      ModerationItem item,
      ModerationDrafts drafts,
      FormErrors errors,
      WebPage page) {
    ModerationItem now = item(municipality, item.id().value());
    return render(municipality, now, null, offeringConfirmation(drafts, errors), errors, page);
  }

  /** A typed text as the form shows it again; nothing typed is blank. */
  static String typed(@Nullable String text) {
    return text == null ? "" : text;
  }

  /**
   * The drafts, offering to confirm the findings when the approval was refused because screening
   * found possible personal data in the public text: the text has an error that is none of the
   * checks before screening.
   */
  private static ModerationDrafts offeringConfirmation(ModerationDrafts drafts, FormErrors errors) {
    String text = drafts.publicText().strip().replace("\r\n", "\n");
    return errors.has("publicText") && ModerationPolicy.publicTextProblem(text) == null
        ? drafts.offeringConfirmation()
        : drafts;
  }
}
