package se.trygghetsdialog.field.web;

import javax.xml.stream.XMLStreamException;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import se.trygghetsdialog.field.WeeklyReports;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.NotFoundException;
import se.trygghetsdialog.shared.web.Paging;
import se.trygghetsdialog.shared.web.Ui;

/**
 * The public weekly reports: published (approved) reports only, plain HTML, no script needed, and
 * their Atom 1.0 feed, {@code /trygghet/veckorapporter.atom}.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class WeeklyReportPublicController {

  static final int PAGE_SIZE = 10;

  static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

  private final WeeklyReports reports;
  private final WeeklyReportFeed feed;

  @GetMapping("/trygghet/veckorapporter.atom")
  ResponseEntity<byte[]> feed(MunicipalityId municipality, @ModelAttribute("ui") Ui ui)
      throws XMLStreamException {
    String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    return ResponseEntity.ok().contentType(ATOM).body(feed.write(municipality, ui.tenant(), base));
  }

  @GetMapping("/trygghet/veckorapporter")
  String list(
      MunicipalityId municipality,
      @RequestParam(name = "sida", defaultValue = "1") String page,
      Model model) {
    model.addAttribute(
        "page", reports.publishedPage(municipality, Paging.requested(page), PAGE_SIZE));
    return "field/week/publicList";
  }

  @GetMapping("/trygghet/veckorapporter/{year}/{week}")
  String show(
      MunicipalityId municipality,
      @PathVariable("year") int year,
      @PathVariable("week") int week,
      Model model) {
    model.addAttribute(
        "report",
        reports
            .published(municipality, EstForms.week(year, week))
            .orElseThrow(() -> new NotFoundException("report")));
    return "field/week/publicReport";
  }
}
