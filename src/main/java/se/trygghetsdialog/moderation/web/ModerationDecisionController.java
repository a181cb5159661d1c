package se.trygghetsdialog.moderation.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.moderation.ApproveContent;
import se.trygghetsdialog.moderation.KeepContentInternal;
import se.trygghetsdialog.moderation.ModerationItem;
import se.trygghetsdialog.moderation.RejectContent;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.FormSubmissions;
import se.trygghetsdialog.shared.web.Ui;

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

  @PostMapping("/{id}/godkann")
  String approve(
      MunicipalityId municipality,
      @PathVariable UUID id,
      @Valid @ModelAttribute("approveContent") ApproveContent.Command command,
      BindingResult binding,
      Model model,
      @ModelAttribute("ui") Ui ui,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    StaffPrincipal staff = ModerationPages.moderator();
    ModerationItem item = pages.item(municipality, id);
    return decide(
        municipality,
        item,
        () -> approve.approve(municipality, item.id(), command, staff),
        "moderation.notice.approved",
        new ModerationDrafts(command.text(), false, command.findingsConfirmed(), "", "", ""),
        new Page(binding, model, ui, response, redirect));
  }

  @PostMapping("/{id}/avvisa")
  String reject(
      MunicipalityId municipality,
      @PathVariable UUID id,
      @Valid @ModelAttribute("rejectContent") RejectContent.Command command,
      BindingResult binding,
      Model model,
      @ModelAttribute("ui") Ui ui,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    StaffPrincipal staff = ModerationPages.moderator();
    ModerationItem item = pages.item(municipality, id);
    return decide(
        municipality,
        item,
        () -> reject.reject(municipality, item.id(), command, staff),
        "moderation.notice.rejected",
        pages.defaults(item).withRejectReason(ModerationPages.typed(command.rejectReason())),
        new Page(binding, model, ui, response, redirect));
  }

  @PostMapping("/{id}/intern")
  String keepInternal(
      MunicipalityId municipality,
      @PathVariable UUID id,
      @Valid @ModelAttribute("keepContentInternal") KeepContentInternal.Command command,
      BindingResult binding,
      Model model,
      @ModelAttribute("ui") Ui ui,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    StaffPrincipal staff = ModerationPages.moderator();
    ModerationItem item = pages.item(municipality, id);
    return decide(
        municipality,
        item,
        () -> keepInternal.keep(municipality, item.id(), command, staff),
        "moderation.notice.internal",
        pages.defaults(item).withInternalNote(ModerationPages.typed(command.internalNote())),
        new Page(binding, model, ui, response, redirect));
  }

  /** What a decision's answer needs of the request. */
  private record Page(
      BindingResult binding,
      Model model,
      Ui ui,
      HttpServletResponse response,
      RedirectAttributes redirect) {}

  /**
   * A moderator's decision on an item: done, back to the queue with a notice; refused, the item
   * again (as it now stands) with the typed drafts and the error, as a 400.
   */
  private String decide(
      MunicipalityId municipality,
      ModerationItem item,
      Runnable decision,
      String notice,
      ModerationDrafts drafts,
      Page page) {
    return forms.submit(
        page.binding(),
        () -> {
          decision.run();
          page.redirect().addFlashAttribute("notice", notice);
          return "redirect:/personal/moderering";
        },
        errors -> pages.refused(municipality, item, drafts, errors, page.model(), page.ui()));
  }
}
