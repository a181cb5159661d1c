package se.trygghetsdialog.notice.web;

import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLStreamException;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import se.trygghetsdialog.notice.Notice;
import se.trygghetsdialog.notice.Notices;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.NotFoundException;
import se.trygghetsdialog.shared.web.WebPage;

/**
 * The public notice board: the current notices (filtered by kind), one notice with its dates and
 * earlier wordings, its PDF, the archive of notices taken down (searched by title), and the Atom
 * 1.0 feed of the current notices. Plain HTML, no script needed.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class NoticeBoardController {

  static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

  private final NoticePages pages;
  private final Notices notices;
  private final NoticeFeed feed;

  @GetMapping("/anslagstavla")
  String board(
      MunicipalityId municipality,
      @RequestParam(name = "typ", required = false) @Nullable String kind,
      @RequestParam(name = "sida", defaultValue = "1") String pageNumber,
      WebPage page) {
    return pages.board(municipality, kind, pageNumber, page);
  }

  @GetMapping("/anslagstavla/arkiv")
  String archive(
      MunicipalityId municipality,
      @RequestParam(name = "sok", required = false) @Nullable String search,
      @RequestParam(name = "sida", defaultValue = "1") String pageNumber,
      WebPage page) {
    return pages.archive(municipality, search, pageNumber, page);
  }

  @GetMapping("/anslagstavla/atom.xml")
  ResponseEntity<byte[]> feed(MunicipalityId municipality, WebPage page) throws XMLStreamException {
    String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    return ResponseEntity.ok()
        .contentType(ATOM)
        .body(feed.write(municipality, page.ui().tenant(), base));
  }

  @GetMapping("/anslagstavla/{id}")
  String show(MunicipalityId municipality, @PathVariable String id, WebPage page) {
    return pages.show(municipality, pages.visible(municipality, id), page);
  }

  /** The notice's PDF, under its own content type and never sniffed as anything else. */
  @GetMapping("/anslagstavla/{id}/bilaga")
  ResponseEntity<byte[]> attachment(MunicipalityId municipality, @PathVariable String id) {
    Notice notice = pages.visible(municipality, id);
    byte[] pdf =
        notices
            .attachment(municipality, notice.id())
            .orElseThrow(() -> new NotFoundException("notice attachment"));
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.inline()
                .filename(
                    notice.attachmentName() == null ? "anslag.pdf" : notice.attachmentName(),
                    StandardCharsets.UTF_8)
                .build()
                .toString())
        .header("X-Content-Type-Options", "nosniff")
        .body(pdf);
  }
}
