package se.trygghetsdialog.dialogue.web;

import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import se.trygghetsdialog.dialogue.Dialogue;
import se.trygghetsdialog.dialogue.DialogueId;
import se.trygghetsdialog.dialogue.DialogueStatus;
import se.trygghetsdialog.dialogue.Dialogues;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.NotFoundException;
import se.trygghetsdialog.shared.db.ReplicaRead;
import se.trygghetsdialog.shared.web.Option;
import se.trygghetsdialog.shared.web.Ui;
import se.trygghetsdialog.shared.web.WebPage;
import se.trygghetsdialog.tenancy.Area;
import se.trygghetsdialog.tenancy.Areas;

/** Public pages: the list of dialogues and one dialogue. */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DialogueController {

  static final int PAGE_SIZE = 10;

  private final Dialogues dialogues;
  private final DialogueViews views;
  private final Areas areas;

  @GetMapping("/dialoger")
  @ReplicaRead
  String list(
      MunicipalityId municipality,
      @RequestParam(name = "status", required = false) @Nullable DialogueStatus status,
      @RequestParam(name = "omrade", required = false) @Nullable UUID area,
      @RequestParam(name = "sida", defaultValue = "1") int pageNumber,
      WebPage page,
      jakarta.servlet.http.HttpServletRequest request) {
    Ui ui = page.ui();
    if (area != null && areas.find(municipality, area).isEmpty()) {
      throw new NotFoundException("area");
    }
    Dialogues.Page result =
        dialogues.listForPublic(municipality, status, area, pageNumber, PAGE_SIZE);
    page.add("items", views.items(municipality, result.items(), ui.locale()));
    page.add("page", result);
    page.add(
        "statusOptions",
        Option.of(
            DialogueStatus.values(), "dialogue.status", status == null ? null : status.name(), ui));
    page.add(
        "areaOptions",
        Option.of(
            areas.all(municipality),
            Area::id,
            Area::name,
            id -> area != null && id.equals(area.toString())));
    page.add("query", PageLinks.query(status, area));
    // htmx asks for the results only when a filter changes; the same URL gives the whole page.
    return se.trygghetsdialog.shared.web.Htmx.isHtmx(request)
        ? "dialogue/results"
        : "dialogue/list";
  }

  @GetMapping("/dialoger/{id}")
  @ReplicaRead
  String show(MunicipalityId municipality, @PathVariable UUID id, WebPage page) {
    Dialogue dialogue =
        dialogues
            .find(municipality, new DialogueId(id))
            .orElseThrow(() -> new NotFoundException("dialogue"));
    page.add("model", views.page(municipality, dialogue, page.ui().locale()));
    return "dialogue/show";
  }
}
