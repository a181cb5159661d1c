package se.trygghetsdialog.place.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import se.trygghetsdialog.geo.HeatGrid;
import se.trygghetsdialog.shared.MunicipalityId;
import se.trygghetsdialog.shared.web.SafeJson;
import se.trygghetsdialog.shared.web.Ui;

/**
 * The heat grid of the public trygghetskarta as downloads, GeoJSON and CSV, under the same filter
 * parameters as the map page.
 */
@Controller
class PublicMapDownloadController {

  private static final List<String> CSV_HEADER =
      List.of(
          "south",
          "west",
          "north",
          "east",
          "centre_latitude",
          "centre_longitude",
          "count",
          "top_category",
          "area");

  /** The heat grid rows as CSV: numbers plain, text always in quotes, CRLF line ends. */
  private static final CSVFormat CSV_ROWS =
      CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.NON_NUMERIC).get();

  private final PublicMapCells cells;

  PublicMapDownloadController(PublicMapCells cells) {
    this.cells = cells;
  }

  private static HttpHeaders download(String filename) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentDisposition(ContentDisposition.attachment().filename(filename).build());
    return headers;
  }

  @GetMapping("/trygghetskarta/rutnat.geojson")
  ResponseEntity<String> geojson(
      MunicipalityId municipality,
      @RequestParam(name = "kategori", required = false) @Nullable String category,
      @RequestParam(name = "tid", required = false) @Nullable String time,
      @RequestParam(name = "fran", required = false) @Nullable String from,
      @RequestParam(name = "till", required = false) @Nullable String to,
      @ModelAttribute("ui") Ui ui) {
    List<GeoJson.Feature> features = new ArrayList<>();
    for (PublicMapPage.CellRow row :
        cells.cells(municipality, cells.query(category, time, from, to), ui.locale())) {
      features.add(GeoJson.square(row.cell(), row.count(), row.category(), row.area()));
    }
    return ResponseEntity.ok()
        .headers(download("trygghetskarta-rutnat.geojson"))
        .contentType(MediaType.parseMediaType("application/geo+json"))
        .body(SafeJson.write(new GeoJson.FeatureCollection(features)));
  }

  /** A text field whose leading formula sign is defused, so a spreadsheet shows it as text. */
  private static String defused(String value) {
    if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
      return "'" + value;
    }
    return value;
  }

  @GetMapping("/trygghetskarta/rutnat.csv")
  ResponseEntity<String> csv(
      MunicipalityId municipality,
      @RequestParam(name = "kategori", required = false) @Nullable String category,
      @RequestParam(name = "tid", required = false) @Nullable String time,
      @RequestParam(name = "fran", required = false) @Nullable String from,
      @RequestParam(name = "till", required = false) @Nullable String to,
      @ModelAttribute("ui") Ui ui) {
    StringBuilder out = new StringBuilder();
    try (CSVPrinter printer = new CSVPrinter(out, CSV_ROWS)) {
      CSVFormat.RFC4180.printRecord(out, CSV_HEADER.toArray());
      for (PublicMapPage.CellRow row :
          cells.cells(municipality, cells.query(category, time, from, to), ui.locale())) {
        HeatGrid.CellCount c = row.cell();
        printer.printRecord(
            SafeJson.coordinate(c.south()),
            SafeJson.coordinate(c.west()),
            SafeJson.coordinate(c.north()),
            SafeJson.coordinate(c.east()),
            SafeJson.coordinate(c.centre().latitude()),
            SafeJson.coordinate(c.centre().longitude()),
            row.count(),
            defused(row.category()),
            defused(row.area()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return ResponseEntity.ok()
        .headers(download("trygghetskarta-rutnat.csv"))
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .body(out.toString());
  }
}
