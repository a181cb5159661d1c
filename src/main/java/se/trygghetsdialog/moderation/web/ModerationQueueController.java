package se.trygghetsdialog.moderation.web;

import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.trygghetsdialog.identity.StaffPrincipal;
import se.trygghetsdialog.moderation.ModerationItem;
import se.trygghetsdialog.moderation.ModerationQueue;
import se.trygghetsdialog.moderation.UnmaskContent;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.FormErrors;
import se.trygghetsdialog.shared.web.FormSubmissions;
import se.trygghetsdialog.shared.web.WebPage;

/**
 * The review queue for moderators: the pending items, a page at a time, masked; one item, read
 * masked or unmasked with a reason. Decisions have their own controller.
 */
@Controller
@RequestMapping("/personal/moderering")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ModerationQueueController {

  static final int PAGE_SIZE = 20;

  private final ModerationQueue queue;
  private final UnmaskContent unmask;
  private final ModerationPages pages;
  private final FormSubmissions forms;

  @GetMapping
  String list(
      MunicipalityId municipality,
      @RequestParam(name = "sida", defaultValue = "1") int sida,
      WebPage page) {
    ModerationPages.moderator();
    ModerationQueue.Page result = queue.pending(municipality, sida, PAGE_SIZE);
    List<ModerationItemView> views =
        result.items().stream()
            .map(
                i ->
                    new ModerationItemView(
                        i,
                        pages.typeLabel(i.contentType(), page.ui().locale()),
                        pages.kindsLabel(i, page.ui().locale()),
                        excerpt(queue.masked(i)),
                        false,
                        0))
            .toList();
    page.add("items", views);
    page.add("page", result);
    return "moderation/list";
  }

  private static String excerpt(String text) {
    return text.length() <= 160 ? text : text.substring(0, 157) + "…";
  }

  @GetMapping("/{id}")
  String show(MunicipalityId municipality, @PathVariable UUID id, WebPage page) {
    ModerationPages.moderator();
    ModerationItem item = pages.item(municipality, id);
    return pages.render(municipality, item, null, pages.defaults(item), FormErrors.none(), page);
  }

  @PostMapping("/{id}/visa")
  String unmask(
      MunicipalityId municipality,
      @PathVariable UUID id,
      @Valid @ModelAttribute("unmaskContent") UnmaskContent.Command command,
      BindingResult binding,
      WebPage page) {
    StaffPrincipal staff = ModerationPages.moderator();
    ModerationItem item = pages.item(municipality, id);
    ModerationDrafts drafts =
        pages.defaults(item).withUnmaskReason(ModerationPages.typed(command.unmaskReason()));
    return forms.submit(
        binding,
        () -> {
          String original = unmask.unmask(municipality, item.id(), command, staff);
          // Rendered in answer to the POST so that the unmasked text never sits behind a link.
          return pages.render(municipality, item, original, drafts, FormErrors.none(), page);
        },
        errors -> pages.render(municipality, item, null, drafts, errors, page));
  }
}
