package se.trygghetsdialog.place.web;

import java.nio.charset.StandardCharsets;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.Ui;

/**
 * The heat grid of the public trygghetskarta as downloads, GeoJSON and CSV, under the same filter
 * parameters as the map page.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PublicMapDownloadController {

  private final PublicMapPages pages;

  /** The body as a file to save, with its name and media type. */
  private static ResponseEntity<String> download(String filename, MediaType type, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentDisposition(ContentDisposition.attachment().filename(filename).build());
    return ResponseEntity.ok().headers(headers).contentType(type).body(body);
  }

  @GetMapping("/trygghetskarta/rutnat.geojson")
  ResponseEntity<String> geojson(
      MunicipalityId municipality,
      @ModelAttribute("filter") PublicMapPages.Params params,
      @ModelAttribute("ui") Ui ui) {
    return download(
        "trygghetskarta-rutnat.geojson",
        MediaType.parseMediaType("application/geo+json"),
        pages.geojson(municipality, params, ui.locale()));
  }

  @GetMapping("/trygghetskarta/rutnat.csv")
  ResponseEntity<String> csv(
      MunicipalityId municipality,
      @ModelAttribute("filter") PublicMapPages.Params params,
      @ModelAttribute("ui") Ui ui) {
    return download(
        "trygghetskarta-rutnat.csv",
        new MediaType("text", "csv", StandardCharsets.UTF_8),
        pages.csv(municipality, params, ui.locale()));
  }
}
