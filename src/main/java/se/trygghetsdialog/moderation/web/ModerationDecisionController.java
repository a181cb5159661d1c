package se.trygghetsdialog.moderation.web;

import jakarta.validation.Valid;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.moderation.ApproveContent;
import se.trygghetsdialog.moderation.KeepContentInternal;
import se.trygghetsdialog.moderation.ModerationItem;
import se.trygghetsdialog.moderation.RejectContent;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.FormSubmissions;
import se.trygghetsdialog.shared.web.WebPage;

/** A moderator's decisions on a queued item: approve, reject, keep internal. */
@Controller
@RequestMapping("/personal/moderering")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ModerationDecisionController {

  private final ApproveContent approve;
  private final RejectContent reject;
  private final KeepContentInternal keepInternal;
  private final ModerationPages pages;
  private final FormSubmissions forms;

  /**
   * What the item page's three decision forms send: the public text and the confirmation with an
   * approval, the reason with a rejection, the note when keeping internal.
   */
  record DecisionForm(
      @Nullable String publicText,
      @Nullable Boolean confirmFindings,
      @Nullable String rejectReason,
      @Nullable String internalNote) {}

  /** A decision: what it does, the notice when done, the drafts shown again when refused. */
  private record Decision(Runnable action, String notice, ModerationDrafts drafts) {}

  /**
   * A moderator's decision on an item, named by the last part of the path: done, back to the queue
   * with a notice; refused, the item again (as it now stands) with the typed drafts and the error,
   * as a 400.
   */
  @PostMapping("/{id}/{decision:godkann|avvisa|intern}")
  String decide(
      MunicipalityId municipality,
      @PathVariable UUID id,
      @PathVariable String decision,
      @Valid @ModelAttribute("decisionForm") DecisionForm form,
      BindingResult binding,
      WebPage page) {
    StaffPrincipal staff = ModerationPages.moderator();
    ModerationItem item = pages.item(municipality, id);
    Decision chosen =
        switch (decision) {
          case "godkann" -> approval(municipality, item, form, staff);
          case "avvisa" ->
              new Decision(
                  () ->
                      reject.reject(
                          municipality,
                          item.id(),
                          new RejectContent.Command(form.rejectReason()),
                          staff),
                  "moderation.notice.rejected",
                  pages
                      .defaults(item)
                      .withRejectReason(ModerationPages.typed(form.rejectReason())));
          default ->
              new Decision(
                  () ->
                      keepInternal.keep(
                          municipality,
                          item.id(),
                          new KeepContentInternal.Command(form.internalNote()),
                          staff),
                  "moderation.notice.internal",
                  pages
                      .defaults(item)
                      .withInternalNote(ModerationPages.typed(form.internalNote())));
        };
    return forms.submit(
        binding,
        () -> {
          chosen.action().run();
          return page.redirect(chosen.notice(), "/personal/moderering");
        },
        errors -> pages.refused(municipality, item, chosen.drafts(), errors, page));
  }

  private Decision approval(
      MunicipalityId municipality, ModerationItem item, DecisionForm form, StaffPrincipal staff) {
    ApproveContent.Command command =
        new ApproveContent.Command(form.publicText(), form.confirmFindings());
    return new Decision(
        () -> approve.approve(municipality, item.id(), command, staff),
        "moderation.notice.approved",
        new ModerationDrafts(command.text(), false, command.findingsConfirmed(), "", "", ""));
  }
}
