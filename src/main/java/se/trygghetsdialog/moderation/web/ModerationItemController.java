package se.trygghetsdialog.moderation.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.moderation.ModerationItem;
import se.trygghetsdialog.moderation.ModerationRuleViolation;
import se.trygghetsdialog.moderation.UnmaskContent;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.Ui;

/** One item in the review queue: read masked, unmask with a reason. */
@Controller
@RequestMapping("/personal/moderering")
class ModerationItemController {

  private final UnmaskContent unmask;
  private final ModerationPages pages;

  ModerationItemController(UnmaskContent unmask, ModerationPages pages) {
    this.unmask = unmask;
    this.pages = pages;
  }

  @GetMapping("/{id}")
  String show(
      MunicipalityId municipality,
      @PathVariable UUID id,
      Model model,
      @ModelAttribute("ui") Ui ui) {
    ModerationPages.moderator();
    ModerationItem item = pages.item(municipality, id);
    return pages.render(
        municipality, item, null, pages.defaults(item), FormErrors.none(), model, ui);
  }

  @PostMapping("/{id}/visa")
  String unmask(
      MunicipalityId municipality,
      @PathVariable UUID id,
      @RequestParam(name = "unmaskReason", defaultValue = "") String reason,
      Model model,
      @ModelAttribute("ui") Ui ui,
      HttpServletResponse response) {
    StaffPrincipal staff = ModerationPages.moderator();
    ModerationItem item = pages.item(municipality, id);
    ModerationDrafts drafts = pages.defaults(item);
    try {
      String original = unmask.unmask(municipality, item.id(), reason, staff);
      // Rendered in answer to the POST so that the unmasked text never sits behind a plain link.
      return pages.render(
          municipality,
          item,
          original,
          drafts.withUnmaskReason(reason),
          FormErrors.none(),
          model,
          ui);
    } catch (ModerationRuleViolation violation) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return pages.render(
          municipality,
          item,
          null,
          drafts.withUnmaskReason(reason),
          pages.errors(ui, violation),
          model,
          ui);
    }
  }
}
