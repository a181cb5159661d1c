package se.trygghetsdialog.moderation.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.moderation.ApproveContent;
import se.trygghetsdialog.moderation.KeepContentInternal;
import se.trygghetsdialog.moderation.ModerationItem;
import se.trygghetsdialog.moderation.ModerationRuleViolation;
import se.trygghetsdialog.moderation.RejectContent;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.Ui;

/** A moderator's decisions on a queued item: approve, reject, keep internal. */
@Controller
@RequestMapping("/personal/moderering")
class ModerationDecisionController {

  private final ApproveContent approve;
  private final RejectContent reject;
  private final KeepContentInternal keepInternal;
  private final ModerationPages pages;

  ModerationDecisionController(
      ApproveContent approve,
      RejectContent reject,
      KeepContentInternal keepInternal,
      ModerationPages pages) {
    this.approve = approve;
    this.reject = reject;
    this.keepInternal = keepInternal;
    this.pages = pages;
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
    StaffPrincipal staff = ModerationPages.moderator();
    ModerationItem item = pages.item(municipality, id);
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
    StaffPrincipal staff = ModerationPages.moderator();
    ModerationItem item = pages.item(municipality, id);
    return decide(
        municipality,
        item,
        () -> reject.reject(municipality, item.id(), reason, staff),
        "moderation.notice.rejected",
        pages.defaults(item).withRejectReason(reason),
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
    StaffPrincipal staff = ModerationPages.moderator();
    ModerationItem item = pages.item(municipality, id);
    return decide(
        municipality,
        item,
        () -> keepInternal.keep(municipality, item.id(), note, staff),
        "moderation.notice.internal",
        pages.defaults(item).withInternalNote(note),
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
      return pages.render(
          municipality,
          pages.item(municipality, item.id().value()),
          null,
          violation.kinds().isEmpty() ? drafts : drafts.offeringConfirmation(),
          pages.errors(page.ui(), violation),
          page.model(),
          page.ui());
    }
  }
}
