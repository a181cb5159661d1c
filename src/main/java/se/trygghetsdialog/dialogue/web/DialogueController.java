package se.trygghetsdialog.dialogue.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import se.trygghetsdialog.dialogue.DialogueId;
import se.trygghetsdialog.dialogue.DialogueStatus;
import se.trygghetsdialog.dialogue.Dialogues;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.NotFoundException;
import se.trygghetsdialog.shared.db.ReplicaReads;
import se.trygghetsdialog.shared.web.Option;
import se.trygghetsdialog.shared.web.PublicPageCache;
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
  private final PublicPageCache cache;
  private final ReplicaReads replica;

  /** What the list shows for one filter and page: the same for every visitor. */
  private record Listed(
      List<DialogueListItem> items, Dialogues.Page page, List<Option> areaOptions) {}

  private record ListKey(@Nullable DialogueStatus status, @Nullable UUID area, int pageNumber) {}

  @GetMapping("/dialoger")
  String list(
      MunicipalityId municipality,
      @RequestParam(name = "status", required = false) @Nullable DialogueStatus status,
      @RequestParam(name = "omrade", required = false) @Nullable UUID area,
      @RequestParam(name = "sida", defaultValue = "1") int pageNumber,
      WebPage page,
      jakarta.servlet.http.HttpServletRequest request) {
    Ui ui = page.ui();
    Optional<Listed> listed =
        cache.get(
            municipality,
            ui.locale(),
            "dialogue.list",
            new ListKey(status, area, pageNumber),
            () ->
                replica.read(
                    () -> {
                      if (area != null && areas.find(municipality, area).isEmpty()) {
                        return Optional.empty();
                      }
                      Dialogues.Page result =
                          dialogues.list(municipality, status, area, pageNumber, PAGE_SIZE);
                      return Optional.of(
                          new Listed(
                              views.items(municipality, result.items(), ui.locale()),
                              result,
                              Option.of(
                                  areas.all(municipality),
                                  Area::id,
                                  Area::name,
                                  id -> area != null && id.equals(area.toString()))));
                    }));
    Listed shown = listed.orElseThrow(() -> new NotFoundException("area"));
    page.add("items", shown.items());
    page.add("page", shown.page());
    page.add(
        "statusOptions",
        Option.of(
            DialogueStatus.values(), "dialogue.status", status == null ? null : status.name(), ui));
    page.add("areaOptions", shown.areaOptions());
    page.add("query", PageLinks.query(status, area));
    // htmx asks for the results only when a filter changes; the same URL gives the whole page.
    return se.trygghetsdialog.shared.web.Htmx.isHtmx(request)
        ? "dialogue/results"
        : "dialogue/list";
  }

  @GetMapping("/dialoger/{id}")
  String show(MunicipalityId municipality, @PathVariable UUID id, WebPage page) {
    Locale locale = page.ui().locale();
    Optional<DialoguePageModel> model =
        cache.get(
            municipality,
            locale,
            "dialogue.page",
            id,
            () ->
                replica.read(
                    () ->
                        dialogues
                            .find(municipality, new DialogueId(id))
                            .map(dialogue -> views.page(municipality, dialogue, locale))));
    page.add("model", model.orElseThrow(() -> new NotFoundException("dialogue")));
    return "dialogue/show";
  }
}
