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

  private static HttpHeaders download(String filename) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentDisposition(ContentDisposition.attachment().filename(filename).build());
    return headers;
  }

  @GetMapping("/trygghetskarta/rutnat.geojson")
  ResponseEntity<String> geojson(
      MunicipalityId municipality,
      @ModelAttribute("filter") PublicMapPages.Params params,
      @ModelAttribute("ui") Ui ui) {
    return ResponseEntity.ok()
        .headers(download("trygghetskarta-rutnat.geojson"))
        .contentType(MediaType.parseMediaType("application/geo+json"))
        .body(pages.geojson(municipality, params, ui.locale()));
  }

  @GetMapping("/trygghetskarta/rutnat.csv")
  ResponseEntity<String> csv(
      MunicipalityId municipality,
      @ModelAttribute("filter") PublicMapPages.Params params,
      @ModelAttribute("ui") Ui ui) {
    return ResponseEntity.ok()
        .headers(download("trygghetskarta-rutnat.csv"))
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .body(pages.csv(municipality, params, ui.locale()));
  }
}
