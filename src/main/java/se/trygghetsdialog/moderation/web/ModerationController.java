package se.trygghetsdialog.moderation.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.trygghetsdialog.identity.StaffAccounts;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.moderation.ApproveContent;
import se.trygghetsdialog.moderation.ContentLink;
import se.trygghetsdialog.moderation.KeepContentInternal;
import se.trygghetsdialog.moderation.ModerationItem;
import se.trygghetsdialog.moderation.ModerationItemId;
import se.trygghetsdialog.moderation.ModerationPolicy;
import se.trygghetsdialog.moderation.ModerationQueue;
import se.trygghetsdialog.moderation.ModerationRuleViolation;
import se.trygghetsdialog.moderation.PersonalDataKind;
import se.trygghetsdialog.moderation.RejectContent;
import se.trygghetsdialog.moderation.UnmaskContent;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.NotFoundException;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.Ui;

/** The review queue for moderators: list, read masked, unmask with a reason, decide. */
@Controller
@RequestMapping("/personal/moderering")
class ModerationController {

  static final int PAGE_SIZE = 20;

  private final ModerationQueue queue;
  private final ApproveContent approve;
  private final RejectContent reject;
  private final KeepContentInternal keepInternal;
  private final UnmaskContent unmask;
  private final MessageSource messages;
  private final List<ContentLink> links;

  ModerationController(
      ModerationQueue queue,
      ApproveContent approve,
      RejectContent reject,
      KeepContentInternal keepInternal,
      UnmaskContent unmask,
      MessageSource messages,
      List<ContentLink> links) {
    this.links = links;
    this.queue = queue;
    this.approve = approve;
    this.reject = reject;
    this.keepInternal = keepInternal;
    this.unmask = unmask;
    this.messages = messages;
  }

  private static StaffPrincipal moderator() {
    StaffPrincipal staff = StaffAccounts.signedIn();
    if (!ModerationPolicy.mayModerate(staff)) {
      throw new AccessDeniedException("may not moderate");
    }
    return staff;
  }

  private ModerationItem item(MunicipalityId municipality, UUID id) {
    return queue
        .find(municipality, new ModerationItemId(id))
        .orElseThrow(() -> new NotFoundException("moderation item"));
  }

  private String typeLabel(String type, Locale locale) {
    return messages.getMessage("moderation.contentType." + type, null, type, locale);
  }

  private String kindsLabel(ModerationItem item, Locale locale) {
    return kindsLabel(item.kinds(), locale);
  }

  private String kindsLabel(java.util.Set<PersonalDataKind> kinds, Locale locale) {
    return kinds.stream()
        .sorted()
        .map(k -> messages.getMessage("moderation.kind." + k.name(), null, k.name(), locale))
        .collect(Collectors.joining(", "));
  }

  @GetMapping
  String list(
      MunicipalityId municipality,
      @RequestParam(name = "sida", defaultValue = "1") int page,
      Model model,
      @ModelAttribute("ui") Ui ui) {
    moderator();
    ModerationQueue.Page result = queue.pending(municipality, page, PAGE_SIZE);
    List<ModerationItemView> views =
        result.items().stream()
            .map(
                i ->
                    new ModerationItemView(
                        i,
                        typeLabel(i.contentType(), ui.locale()),
                        kindsLabel(i, ui.locale()),
                        excerpt(queue.masked(i)),
                        false,
                        0))
            .toList();
    model.addAttribute("items", views);
    model.addAttribute("page", result);
    return "moderation/list";
  }

  private static String excerpt(String text) {
    return text.length() <= 160 ? text : text.substring(0, 157) + "…";
  }

  @GetMapping("/{id}")
  String show(
      MunicipalityId municipality,
      @PathVariable UUID id,
      Model model,
      @ModelAttribute("ui") Ui ui) {
    moderator();
    ModerationItem item = item(municipality, id);
    return render(municipality, item, null, defaults(item), FormErrors.none(), model, ui);
  }

  private ModerationDrafts defaults(ModerationItem item) {
    String suggested =
        item.publicText() != null ? item.publicText() : queue.suggestedPublicText(item);
    return new ModerationDrafts(suggested, false, false, "", "", "");
  }

  private String render(
      MunicipalityId municipality,
      ModerationItem item,
      @Nullable String unmaskedText,
      ModerationDrafts drafts,
      FormErrors errors,
      Model model,
      Ui ui) {
    String shown = unmaskedText != null ? unmaskedText : queue.masked(item);
    model.addAttribute(
        "view",
        new ModerationItemView(
            item,
            typeLabel(item.contentType(), ui.locale()),
            kindsLabel(item, ui.locale()),
            shown,
            unmaskedText != null,
            queue.unmaskings(municipality, item.id())));
    model.addAttribute("drafts", drafts);
    model.addAttribute(
        "contentPath",
        links.stream()
            .filter(l -> l.contentType().equals(item.contentType()))
            .map(l -> l.staffPath(item.contentId()))
            .findFirst()
            .orElse(""));
    model.addAttribute("errors", errors);
    return "moderation/item";
  }

  @PostMapping("/{id}/visa")
  String unmask(
      MunicipalityId municipality,
      @PathVariable UUID id,
      @RequestParam(name = "unmaskReason", defaultValue = "") String reason,
      Model model,
      @ModelAttribute("ui") Ui ui,
      HttpServletResponse response) {
    StaffPrincipal staff = moderator();
    ModerationItem item = item(municipality, id);
    ModerationDrafts drafts = defaults(item);
    try {
      String original = unmask.unmask(municipality, item.id(), reason, staff);
      // Rendered in answer to the POST so that the unmasked text never sits behind a plain link.
      return render(
          municipality,
          item,
          original,
          drafts.withUnmaskReason(reason),
          FormErrors.none(),
          model,
          ui);
    } catch (ModerationRuleViolation violation) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return render(
          municipality,
          item,
          null,
          drafts.withUnmaskReason(reason),
          errors(ui, violation),
          model,
          ui);
    }
  }

  private FormErrors errors(Ui ui, ModerationRuleViolation violation) {
    FormErrors.Builder errors = FormErrors.builder(messages, ui.locale());
    if (violation.kinds().isEmpty()) {
      errors.add(violation);
    } else {
      errors.add(
          violation.field(), violation.messageKey(), kindsLabel(violation.kinds(), ui.locale()));
    }
    return errors.build();
  }

  @PostMapping("/{id}/godkann")
  String approve(
      MunicipalityId municipality,
      @PathVariable UUID id,
      @RequestParam(name = "publicText", defaultValue = "") String publicText,
      @RequestParam(name = "confirmFindings", defaultValue = "") String confirmFindings,
      Model model,
      @ModelAttribute("ui") Ui ui,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    StaffPrincipal staff = moderator();
    ModerationItem item = item(municipality, id);
    boolean confirmed = "yes".equals(confirmFindings);
    return decide(
        municipality,
        item,
        () -> approve.approve(municipality, item.id(), publicText, confirmed, staff),
        "moderation.notice.approved",
        new ModerationDrafts(publicText, false, confirmed, "", "", ""),
        new Page(model, ui, response, redirect));
  }

  @PostMapping("/{id}/avvisa")
  String reject(
      MunicipalityId municipality,
      @PathVariable UUID id,
      @RequestParam(name = "rejectReason", defaultValue = "") String reason,
      Model model,
      @ModelAttribute("ui") Ui ui,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    StaffPrincipal staff = moderator();
    ModerationItem item = item(municipality, id);
    return decide(
        municipality,
        item,
        () -> reject.reject(municipality, item.id(), reason, staff),
        "moderation.notice.rejected",
        defaults(item).withRejectReason(reason),
        new Page(model, ui, response, redirect));
  }

  @PostMapping("/{id}/intern")
  String keepInternal(
      MunicipalityId municipality,
      @PathVariable UUID id,
      @RequestParam(name = "internalNote", defaultValue = "") String note,
      Model model,
      @ModelAttribute("ui") Ui ui,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    StaffPrincipal staff = moderator();
    ModerationItem item = item(municipality, id);
    return decide(
        municipality,
        item,
        () -> keepInternal.keep(municipality, item.id(), note, staff),
        "moderation.notice.internal",
        defaults(item).withInternalNote(note),
        new Page(model, ui, response, redirect));
  }

  /** What a decision's answer needs of the request. */
  private record Page(
      Model model, Ui ui, HttpServletResponse response, RedirectAttributes redirect) {}

  /**
   * A moderator's decision on an item: done, back to the queue with a notice; refused by a rule,
   * the item again (as it now stands) with the typed drafts and the error, as a 400.
   */
  private String decide(
      MunicipalityId municipality,
      ModerationItem item,
      Runnable decision,
      String notice,
      ModerationDrafts drafts,
      Page page) {
    try {
      decision.run();
      page.redirect().addFlashAttribute("notice", notice);
      return "redirect:/personal/moderering";
    } catch (ModerationRuleViolation violation) {
      page.response().setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return render(
          municipality,
          item(municipality, item.id().value()),
          null,
          violation.kinds().isEmpty() ? drafts : drafts.offeringConfirmation(),
          errors(page.ui(), violation),
          page.model(),
          page.ui());
    }
  }
}
