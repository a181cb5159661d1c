package se.trygghetsdialog.opinion.clustering.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Minimal RFC 4180 reader: commas, double-quoted fields with doubled quotes and line breaks. Also
 * used by the application's Polis import.
 */
public final class CsvReader implements AutoCloseable {

  private final BufferedReader in;
  private final Path file;
  private long line = 1;
  private long recordLine;

  public CsvReader(BufferedReader in, Path file) {
    this.in = in;
    this.file = file;
  }

  /** Line on which the last returned record started. */
  public long recordLine() {
    return recordLine;
  }

  /** The next record, or {@code null} at end of input; blank lines are skipped. */
  public List<String> next() throws IOException, CsvFormatException {
    int c = in.read();
    while (c == '\n' || c == '\r') {
      if (c == '\n') {
        line++;
      }
      c = in.read();
    }
    if (c < 0) {
      return null;
    }
    recordLine = line;
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean wasQuoted = false;
    while (true) {
      if (quoted) {
        if (c < 0) {
          throw new CsvFormatException(file, recordLine, "unterminated quoted field");
        }
        if (c == '"') {
          int d = in.read();
          if (d == '"') {
            field.append('"');
          } else {
            quoted = false;
            c = d;
            continue;
          }
        } else {
          if (c == '\n') {
            line++;
          }
          field.append((char) c);
        }
      } else if (c == '"' && field.length() == 0 && !wasQuoted) {
        quoted = true;
        wasQuoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
        wasQuoted = false;
      } else if (c == '\n' || c == '\r' || c < 0) {
        fields.add(field.toString());
        if (c == '\r') {
          in.mark(1);
          if (in.read() != '\n') {
            in.reset();
          }
        }
        if (c >= 0) {
          line++;
        }
        return fields;
      } else {
        field.append((char) c);
      }
      c = in.read();
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
