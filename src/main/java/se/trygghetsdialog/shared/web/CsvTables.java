package se.trygghetsdialog.shared.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A table of shown cells as a CSV download that spreadsheets open directly: UTF-8 with a byte order
 * mark, semicolons, a text starting with a formula sign defused, never cached.
 */
public final class CsvTables {

  private CsvTables() {}

  /** The table as an attachment named {@code filename}. */
  public static ResponseEntity<byte[]> download(
      String filename, List<String> header, List<? extends List<String>> rows) {
    StringWriter out = new StringWriter();
    try (CSVPrinter printer =
        new CSVPrinter(out, CSVFormat.EXCEL.builder().setDelimiter(';').get())) {
      printer.printRecord(header.stream().map(CsvTables::defused).toList());
      for (List<String> row : rows) {
        printer.printRecord(row.stream().map(CsvTables::defused).toList());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return ResponseEntity.ok()
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(filename).build().toString())
        .body(("\uFEFF" + out).getBytes(StandardCharsets.UTF_8));
  }

  /** A text whose leading formula sign is defused, so a spreadsheet shows it as text. */
  public static String defused(String value) {
    if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
      return "'" + value;
    }
    return value;
  }
}
