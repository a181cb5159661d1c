package se.trygghetsdialog.perspective.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import se.trygghetsdialog.dialogue.PerspectiveGroup;
import se.trygghetsdialog.dialogue.PerspectiveSource;
import se.trygghetsdialog.perspective.Channel;
import se.trygghetsdialog.perspective.Perspective;
import se.trygghetsdialog.perspective.PerspectiveMap;
import se.trygghetsdialog.perspective.Perspectives;
import se.trygghetsdialog.shared.AuditEvents;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.CsvTables;
import se.trygghetsdialog.shared.web.Ui;
import se.trygghetsdialog.shared.web.WebPage;

/**
 * The perspective map of a dialogue: themes × channels with counts, each count a link to the
 * perspectives it stands for, the web input other modules hold for the dialogue (by reference) and
 * the minority and dissenting perspectives; and the table as CSV.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PerspectiveMapController {

  private final PerspectivePages pages;
  private final Perspectives perspectives;
  private final List<PerspectiveSource> sources;
  private final AuditEvents audit;

  @GetMapping("/personal/dialoger/{id}/perspektiv")
  String map(MunicipalityId municipality, @PathVariable UUID id, WebPage page) {
    var access = pages.viewer(municipality, id);
    List<PerspectiveGroup> webInput = new ArrayList<>();
    for (PerspectiveSource source : sources) {
      webInput.addAll(source.perspectivesFor(municipality, access.id(), page.ui().locale()));
    }
    List<Perspective> all = perspectives.perspectives(municipality, access.id());
    page.add(
        "page",
        new PerspectiveViews.MapPage(
            access.context(),
            PerspectiveMap.of(perspectives.themes(municipality, access.id()), all),
            webInput,
            pages.rows(
                municipality,
                access,
                all.stream().filter(p -> p.minority() || p.dissent()).toList())));
    return "perspective/map";
  }

  /**
   * The perspectives of one map cell: of a theme ({@code tema}) or untagged ({@code utanTema}),
   * through a channel ({@code kanal}), or the minority ({@code flagga=minoritet}) or dissenting
   * ones ({@code flagga=nejrost}); no filter lists all.
   */
  @GetMapping("/personal/dialoger/{id}/perspektiv/lista")
  String list(
      MunicipalityId municipality,
      @PathVariable UUID id,
      @RequestParam(name = "tema", required = false) @Nullable UUID theme,
      @RequestParam(name = "utanTema", defaultValue = "false") boolean untagged,
      @RequestParam(name = "kanal", required = false) @Nullable Channel channel,
      @RequestParam(name = "flagga", required = false) @Nullable String flag,
      WebPage page) {
    var access = pages.viewer(municipality, id);
    Ui ui = page.ui();
    List<String> filter = new ArrayList<>();
    Predicate<Perspective> picked = p -> true;
    if (theme != null) {
      String name = pages.theme(municipality, access, theme).name();
      filter.add(ui.t("perspective.list.filter.theme", name));
      picked = picked.and(p -> p.themeIds().contains(theme));
    } else if (untagged) {
      var known = perspectives.themes(municipality, access.id()).stream().map(t -> t.id()).toList();
      filter.add(ui.t("perspective.map.untagged"));
      picked = picked.and(p -> p.themeIds().stream().noneMatch(known::contains));
    }
    if (channel != null) {
      filter.add(ui.e("perspective.channel", channel));
      picked = picked.and(p -> p.channel() == channel);
    }
    if ("minoritet".equals(flag)) {
      filter.add(ui.t("perspective.flag.minority"));
      picked = picked.and(Perspective::minority);
    } else if ("nejrost".equals(flag)) {
      filter.add(ui.t("perspective.flag.dissent"));
      picked = picked.and(Perspective::dissent);
    }
    page.add(
        "page",
        new PerspectiveViews.ListPage(
            access.context(),
            String.join(", ", filter),
            pages.rows(
                municipality,
                access,
                perspectives.perspectives(municipality, access.id()).stream()
                    .filter(picked)
                    .toList())));
    return "perspective/list";
  }

  @GetMapping("/personal/dialoger/{id}/perspektiv/karta.csv")
  ResponseEntity<String> csv(MunicipalityId municipality, @PathVariable UUID id, WebPage page) {
    var access = pages.viewer(municipality, id);
    Ui ui = page.ui();
    PerspectiveMap map = perspectives.map(municipality, access.id());
    StringBuilder out = new StringBuilder();
    try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
      List<String> header = new ArrayList<>();
      header.add(ui.t("perspective.map.theme"));
      PerspectiveMap.CHANNELS.forEach(c -> header.add(ui.e("perspective.channel", c)));
      header.add(ui.t("perspective.map.total"));
      printer.printRecord(header);
      for (PerspectiveMap.Row row : map.rows()) {
        List<Object> cells = new ArrayList<>();
        cells.add(
            CsvTables.defused(
                row.themeId() == null ? ui.t("perspective.map.untagged") : row.themeName()));
        PerspectiveMap.CHANNELS.forEach(c -> cells.add(row.count(c)));
        cells.add(row.total());
        printer.printRecord(cells);
      }
      List<Object> totals = new ArrayList<>();
      totals.add(ui.t("perspective.map.allPerspectives"));
      PerspectiveMap.CHANNELS.forEach(c -> totals.add(map.total(c)));
      totals.add(map.total());
      printer.printRecord(totals);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    audit.record(
        new PerspectiveMapExported(municipality, access.staff().accountId(), access.id().value()));
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename("perspektivkarta.csv").build().toString())
        .body(out.toString());
  }
}
