package se.trygghetsdialog.moderation.web;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.trygghetsdialog.moderation.ModerationQueue;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.Ui;

/** The review queue for moderators: the pending items, a page at a time, masked. */
@Controller
@RequestMapping("/personal/moderering")
class ModerationQueueController {

  static final int PAGE_SIZE = 20;

  private final ModerationQueue queue;
  private final ModerationPages pages;

  ModerationQueueController(ModerationQueue queue, ModerationPages pages) {
    this.queue = queue;
    this.pages = pages;
  }

  @GetMapping
  String list(
      MunicipalityId municipality,
      @RequestParam(name = "sida", defaultValue = "1") int page,
      Model model,
      @ModelAttribute("ui") Ui ui) {
    ModerationPages.moderator();
    ModerationQueue.Page result = queue.pending(municipality, page, PAGE_SIZE);
    List<ModerationItemView> views =
        result.items().stream()
            .map(
                i ->
                    new ModerationItemView(
                        i,
                        pages.typeLabel(i.contentType(), ui.locale()),
                        pages.kindsLabel(i, ui.locale()),
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
}
