package se.trygghetsdialog.field.web;

import javax.xml.stream.XMLStreamException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.Ui;

/** The Atom 1.0 feed of published weekly reports, {@code /trygghet/veckorapporter.atom}. */
@Controller
class WeeklyReportFeedController {

  static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

  private final WeeklyReportFeed feed;

  WeeklyReportFeedController(WeeklyReportFeed feed) {
    this.feed = feed;
  }

  @GetMapping("/trygghet/veckorapporter.atom")
  ResponseEntity<byte[]> feed(MunicipalityId municipality, @ModelAttribute("ui") Ui ui)
      throws XMLStreamException {
    String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    return ResponseEntity.ok().contentType(ATOM).body(feed.write(municipality, ui.tenant(), base));
  }
}
