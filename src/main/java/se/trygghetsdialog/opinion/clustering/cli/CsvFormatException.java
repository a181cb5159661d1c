package se.trygghetsdialog.opinion.clustering.cli;

import java.nio.file.Path;

/** Malformed input CSV; the message names the file and the (1-based) line. */
public final class CsvFormatException extends Exception {

  private static final long serialVersionUID = 1L;

  private final transient Path file;
  private final long line;

  public CsvFormatException(Path file, long line, String problem) {
    super(file + ":" + line + ": " + problem);
    this.file = file;
    this.line = line;
  }

  public Path file() {
    return file;
  }

  public long line() {
    return line;
  }
}
