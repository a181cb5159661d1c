package se.trygghetsdialog.opinion.web;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import se.trygghetsdialog.dialogue.Dialogue;
import se.trygghetsdialog.opinion.ExportPolisCsv;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.NotFoundException;

/** The public results page of a dialogue's opinion round and the Polis-compatible CSV export. */
@Controller
class OpinionResultsController {

  private final ExportPolisCsv export;
  private final ResultsViews results;
  private final OpinionPages pages;

  OpinionResultsController(ExportPolisCsv export, ResultsViews results, OpinionPages pages) {
    this.export = export;
    this.results = results;
    this.pages = pages;
  }

  @GetMapping("/dialoger/{id}/resultat")
  String results(@PathVariable String id, MunicipalityId municipality, Model model) {
    Dialogue dialogue = pages.dialogue(municipality, id);
    model.addAttribute("view", results.of(municipality, dialogue));
    return "opinion/results";
  }

  @GetMapping("/dialoger/{id}/pastaenden/export/{file}")
  ResponseEntity<String> export(
      @PathVariable String id, @PathVariable String file, MunicipalityId municipality) {
    Dialogue dialogue = pages.dialogue(municipality, id);
    String body =
        switch (file) {
          case "comments.csv" -> export.comments(municipality, dialogue.id());
          case "votes.csv" -> export.votes(municipality, dialogue.id());
          case "participants-votes.csv" -> export.participantsVotes(municipality, dialogue.id());
          default -> throw new NotFoundException("export " + file);
        };
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + "\"")
        .body(body);
  }
}
