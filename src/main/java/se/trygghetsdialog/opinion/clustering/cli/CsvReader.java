package se.trygghetsdialog.opinion.clustering.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lombok.RequiredArgsConstructor;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * RFC 4180 reader on Apache Commons CSV: commas, double-quoted fields with doubled quotes and line
 * breaks; blank lines are skipped. Also used by the application's Polis import. Errors name the
 * physical line on which the record started.
 */
@RequiredArgsConstructor
public final class CsvReader implements AutoCloseable {

  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).setTrailingData(true).get();

  private static final Pattern START_LINE =
      Pattern.compile("\\(startline ([\\d,.\\s\u00a0\u202f]+)\\)");

  private final Reader in;
  private final Path file;
  private CSVParser parser;
  private Iterator<CSVRecord> records;
  private long endLine;
  private long recordLine;

  /** Line on which the last returned record started. */
  public long recordLine() {
    return recordLine;
  }

  /** The next record, or {@code null} at end of input; blank lines are skipped. */
  public List<String> next() throws IOException, CsvFormatException {
    try {
      if (parser == null) {
        parser = CSVParser.builder().setReader(in).setFormat(FORMAT).get();
        records = parser.iterator();
      }
      if (!records.hasNext()) {
        return null;
      }
      CSVRecord record = records.next();
      List<String> fields = new ArrayList<>(record.size());
      long breaks = 0;
      for (String value : record) {
        fields.add(value);
        breaks += lineBreaks(value);
      }
      endLine = parser.getCurrentLineNumber();
      recordLine = endLine - breaks;
      return fields;
    } catch (UncheckedIOException e) {
      // Commons CSV names the line on which the open quoted field started.
      Matcher start = START_LINE.matcher(String.valueOf(e.getMessage()));
      long line = start.find() ? Long.parseLong(start.group(1).replaceAll("\\D", "")) : endLine + 1;
      throw new CsvFormatException(file, line, "unterminated quoted field");
    }
  }

  private static long lineBreaks(String value) {
    long n = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 == value.length() || value.charAt(i + 1) != '\n'))) {
        n++;
      }
    }
    return n;
  }

  @Override
  public void close() throws IOException {
    if (parser != null) {
      parser.close();
    } else {
      in.close();
    }
  }
}
